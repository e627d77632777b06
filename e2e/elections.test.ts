import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { ElectionsPage } from './pages/elections-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Phillips elects its delegate to the citywide assembly, on phones: five members rank Tou, Grace and
 * Marisol (tapping, reordering, one by keyboard alone) and keep their receipts → Marisol closes the
 * vote → the count shows Marisol's votes moving to Tou in round 2 → Tou sits on the citywide board →
 * Phillips recalls Tou and the board shows the seat empty again.
 */
const T0 = nextWinterMorning();
const HOUR = 60 * 60 * 1000;
const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, elections: new ElectionsPage(who.page) };
}
type Person = Awaited<ReturnType<typeof person>>;

interface Election {
  electionId: string;
  phase: string;
}

browserTest(
  'members rank candidates on their phones, the count seats the winner on the citywide board, and a recall removes them',
  async ({ browser }) => {
    const url = network.server().publicUrl;
    const marisol = await person(browser, PHONE, 'Marisol');
    const phillips = await marisol.elections.assemblyId('Phillips');
    const citywide = await marisol.elections.assemblyId('Minneapolis citywide');
    const [election] = (await marisol.elections.api<{ elections: Election[] }>('GET', `/api/assemblies/${phillips}/delegate-elections`))
      .elections;
    assert.equal(election?.phase, 'open');
    const electionId = election?.electionId as string;

    // Marisol opens the ballot from the assembly's delegate page.
    await marisol.elections.openDelegates(url, phillips);
    await marisol.page.getByRole('link', { name: /^Vote in / }).click();
    await marisol.elections.rank('Marisol');
    await marisol.elections.rank('Tou');
    assert.deepEqual(await marisol.elections.ranking(), ['Marisol', 'Tou']);
    await marisol.elections.announced().filter({ hasText: 'is now your 2nd choice' }).waitFor();
    await expectFitsAndAccessible(marisol.page, 'the ranked ballot on a phone');
    await marisol.elections.screenshot('elections-01-ranked-ballot-en-phone');
    const receipts = [await marisol.elections.cast()];
    await marisol.elections.screenshot('elections-02-receipt-en-phone');

    // Tou taps, reorders and takes a choice off again.
    const tou = await person(browser, PHONE, 'Tou');
    await tou.elections.openElection(url, electionId);
    await tou.elections.rank('Grace');
    await tou.elections.rank('Tou');
    await tou.elections.rank('Marisol');
    await tou.elections.moveUp('Tou');
    await tou.elections
      .announced()
      .filter({ hasText: /^Tou .* is now your 1st choice\.$/ })
      .waitFor();
    await tou.elections.remove('Marisol');
    assert.deepEqual(await tou.elections.ranking(), ['Tou', 'Grace']);
    receipts.push(await tou.elections.cast());

    // Grace ranks Grace then Tou; Ayaan and Hodan join Phillips first.
    const grace = await person(browser, PHONE, 'Grace');
    await grace.elections.openElection(url, electionId);
    await grace.elections.rank('Grace');
    await grace.elections.rank('Tou');
    receipts.push(await grace.elections.cast());
    const ayaan = await person(browser, PHONE, 'Ayaan');
    await ayaan.elections.api('POST', `/api/assemblies/${phillips}/join`);
    await ayaan.elections.openElection(url, electionId);
    await ayaan.elections.rank('Tou');
    receipts.push(await ayaan.elections.cast());

    // Hodan votes with the keyboard alone; after each key the focus is where she can carry on.
    const hodan = await person(browser, PHONE, 'Hodan');
    await hodan.elections.api('POST', `/api/assemblies/${phillips}/join`);
    await hodan.elections.openElection(url, electionId);
    const keys = hodan.elections;
    await keys.tabTo(/^Grace.* Add as 1st$/);
    await hodan.page.keyboard.press('Enter');
    await keys.expectFocus(/^Tou.* Add as 2nd$/);
    await hodan.page.keyboard.press('Space');
    await keys.tabTo(/^Move Tou.* up$/, 'Shift+Tab');
    await hodan.page.keyboard.press('Enter');
    assert.deepEqual(await keys.ranking(), ['Tou', 'Grace']);
    await keys.expectFocus(/^Move Tou.* up$/);
    await keys.tabTo(/^Move Tou.* down$/);
    await hodan.page.keyboard.press('Enter');
    assert.deepEqual(await keys.ranking(), ['Grace', 'Tou']);
    await keys.tabTo(/^Cast my ballot$/);
    await hodan.page.keyboard.press('Enter');
    await keys.tabTo(/^Yes, cast it$/);
    await hodan.page.keyboard.press('Enter');
    await hodan.page.getByRole('heading', { name: 'Your ballot is in the box' }).waitFor();
    receipts.push(await hodan.page.getByLabel('Your receipt code').inputValue());
    for (const r of receipts) assert.match(r, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // Marisol closes the vote: Tou is seated.
    await marisol.elections.openDelegates(url, phillips);
    await marisol.elections.closeElection();
    await marisol.page.getByText(/^Seated: Tou/).waitFor();
    await marisol.elections.screenshot('elections-08-phillips-delegates-en-phone');

    // The results: Marisol's votes move to Tou in round 2.
    await tou.elections.openElection(url, electionId);
    await tou.page.getByRole('heading', { name: 'Round 2' }).waitFor();
    await tou.page.getByText(/from Marisol.* to Tou/).waitFor();
    await expectFitsAndAccessible(tou.page, 'the results on a phone');
    await tou.elections.screenshot('elections-03-results-en-phone');
    await tou.elections.screenshotIn('so', 'elections-04-results-so-phone', tou.page.getByRole('heading', { name: 'Wareegga 2' }));
    await tou.elections.openElection(url, electionId, '/ballots');
    await tou.elections.findMyBallot(receipts[1] as string);
    await tou.page.locator('.ballot-mine').getByText('Yours').waitFor();
    await tou.elections.screenshot('elections-05-ballots-en-phone');

    // Tou sits on the citywide board.
    const board = await person(browser, LAPTOP, 'Ayaan');
    await board.elections.openDelegates(url, citywide);
    const seat = board.elections.memberAssembly('Phillips neighbourhood assembly (demo)');
    await seat.getByRole('article', { name: /^Tou/ }).waitFor();
    await seat.getByText('1 of 1 seats filled').waitFor();
    await expectFitsAndAccessible(board.page, 'the citywide delegate board');
    await board.elections.screenshot('elections-06-citywide-board-en-laptop');
    await board.elections.screenshotIn(
      'so',
      'elections-07-citywide-board-so-laptop',
      board.page.getByText('1 ka mid ah 1 kursi ayaa buuxa').first(),
    );

    // Phillips recalls Tou: a recall proposal, its discussion period, a vote.
    const ours = await marisol.elections.api<{ ours: { id: string }[] }>('GET', `/api/assemblies/${phillips}/delegates`);
    const recall = await grace.elections.api<{ id: string }>('POST', '/api/assemblies/proposals', {
      assemblyId: phillips,
      kind: 'recall',
      delegateId: ours.ours[0]?.id,
      title: 'Recall our delegate',
    });
    network.clock.set(T0 + 25 * HOUR);
    await marisol.elections.api('POST', `/api/assemblies/proposals/${recall.id}/open-vote`);
    for (const voter of [marisol, grace, ayaan, hodan] as Person[]) {
      await voter.elections.api('POST', `/api/assemblies/proposals/${recall.id}/vote`, { choice: 'yes' });
    }
    await marisol.elections.api('POST', `/api/assemblies/proposals/${recall.id}/close-vote`);

    await board.page.reload();
    await seat.getByText('0 of 1 seats filled').waitFor();
    await board.page
      .getByRole('region', { name: 'Former delegates' })
      .getByText(/Recalled /)
      .waitFor();

    for (const who of [marisol, tou, grace, ayaan, hodan, board] as Person[]) {
      assert.deepEqual(who.problems, []);
      assert.deepEqual(who.requests.thirdParty(), []);
    }
  },
  { timeout: 180_000 },
);

browserTest(
  'the election and delegate pages work at 360 px in English, Spanish, Somali and Hmong',
  async ({ browser }) => {
    const url = network.server().publicUrl;
    const marisol = await person(browser, PHONE, 'Marisol');
    const phillips = await marisol.elections.assemblyId('Phillips');
    const citywide = await marisol.elections.assemblyId('Minneapolis citywide');
    const { elections } = await marisol.elections.api<{ elections: Election[] }>('GET', `/api/assemblies/${phillips}/delegate-elections`);
    const electionId = elections[0]?.electionId as string;
    const paths = [
      `/assemblies/${phillips}/delegates`,
      `/assemblies/${phillips}/elections/new`,
      `/assemblies/${citywide}/delegates`,
      `/elections/${electionId}`,
      `/elections/${electionId}/ballots`,
    ];
    for (const lang of ['en', 'es', 'so', 'hmn']) {
      await marisol.page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
      for (const path of paths) {
        await marisol.page.goto(`${url}${path}`);
        await marisol.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
        await marisol.page.getByRole('heading', { level: 1 }).waitFor();
        await marisol.page.locator('.loading').waitFor({ state: 'detached' });
        await expectFitsAndAccessible(marisol.page, `${path} in ${lang}`);
      }
    }
    assert.deepEqual(marisol.problems, []);
  },
  { timeout: 120_000 },
);
