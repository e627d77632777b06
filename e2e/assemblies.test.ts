import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { AssembliesPage } from './pages/assemblies-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * An assembly from its creation to its decisions, with the clocks at 10:15 in Minneapolis: the
 * organiser (a laptop) sets the rules and opens a meeting → members join and check in on their phones,
 * and the quorum is reached → a proposal passes by open vote → with secret ballots on, a voter's
 * receipt finds their ballot in the published list → an online vote with too few voters has no quorum.
 */
const T0 = nextWinterMorning();
const ASSEMBLY = 'Lake Street tenants assembly';
const MEETING = 'January general assembly';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, assemblies: new AssembliesPage(who.page) };
}

browserTest(
  'members check in on their phones, reach quorum and decide by open vote and by secret ballot; too few voters is no quorum',
  async ({ browser }) => {
    const url = network.server().publicUrl;
    const ayaan = await person(browser, LAPTOP, 'Ayaan');
    await ayaan.assemblies.open(url);
    await ayaan.assemblies.heading('Assemblies').waitFor();
    await ayaan.assemblies.createAssembly({ name: ASSEMBLY, kind: 'Neighbourhood', quorumPercent: 50, discussionHours: 0 });
    await ayaan.page.getByText('Quorum: 50% of the voting members, counted from check-in at the meeting.').waitFor();
    const assemblyPath = ayaan.assemblies.path();
    await ayaan.assemblies.scheduleAndOpenMeeting(MEETING, '2027-01-23T10:30', ['Welcome', 'Repairs in building C']);
    const meetingPath = ayaan.assemblies.path();

    // Two neighbours join and check in on their phones; Ayaan, who facilitates, is the third voter.
    const phones = [await person(browser, PHONE, 'Marisol'), await person(browser, PHONE, 'Tou')];
    const [marisol, tou] = phones;
    for (const who of phones) await who.assemblies.join(url, assemblyPath);
    await marisol.assemblies.checkIn(url, meetingPath);
    await marisol.page.getByText('No quorum yet: 1 more needed').waitFor();
    await tou.assemblies.checkIn(url, meetingPath);
    await tou.page.getByText('2 of 3 voting members present. Quorum: 2.').waitFor();
    await tou.page.getByText('Quorum reached').waitFor();
    await expectFitsAndAccessible(tou.page, 'a meeting on a phone, checked in');
    await tou.assemblies.screenshot('assemblies-01-checked-in-en-phone');
    await tou.assemblies.screenshotIn('so', 'assemblies-02-checked-in-so-phone', tou.page.getByText('Tiradii loo baahnaa waa la gaaray'));

    // Tou proposes at the meeting; the vote opens at once (no discussion period) and passes.
    await tou.page.getByRole('link', { name: 'Make a proposal for this meeting' }).click();
    await tou.assemblies.propose('Withhold rent until the repairs are done', 'We **withhold** March rent together.', MEETING);
    const openVotePath = tou.assemblies.path();
    await ayaan.page.goto(`${url}${openVotePath}`);
    await ayaan.assemblies.openVote();
    await marisol.assemblies.vote(url, openVotePath, 'Yes');
    await marisol.page.getByText('Your vote: Yes. You can change it until the vote closes.').waitFor();
    await tou.assemblies.vote(url, openVotePath, 'Abstain');
    await tou.page.getByText('Your vote: Abstain. You can change it until the vote closes.').waitFor();
    await expectFitsAndAccessible(tou.page, 'an open vote on a phone');
    await ayaan.assemblies.closeVote();
    await ayaan.assemblies.outcome('Passed').waitFor();
    await ayaan.page.getByText('Yes 1 · No 0 · Abstain 1').waitFor();
    await ayaan.page.getByText('Quorum: 2 needed, 2 present.').waitFor();
    await ayaan.assemblies.screenshot('assemblies-03-passed-en-laptop');

    // With secret ballots on, Marisol's receipt finds her ballot in the published list, and nothing else does.
    await ayaan.page.goto(`${url}${assemblyPath}`);
    await ayaan.assemblies.turnOnSecretBallots();
    await ayaan.page.goto(`${url}${meetingPath}`);
    await ayaan.page.getByRole('link', { name: 'Make a proposal for this meeting' }).click();
    await ayaan.assemblies.propose('Ask the landlord for a meeting', 'Within **two weeks**.', MEETING);
    const secretPath = ayaan.assemblies.path();
    await ayaan.assemblies.openVote();
    await marisol.assemblies.vote(url, secretPath, 'No');
    const receipt = await marisol.assemblies.receipt();
    assert.match(receipt, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await marisol.page.getByText(/^Keep this code: it is shown only once/).waitFor();
    await expectFitsAndAccessible(marisol.page, 'a secret ballot receipt on a phone');
    await marisol.assemblies.screenshot('assemblies-04-receipt-en-phone');
    await tou.assemblies.vote(url, secretPath, 'Yes');
    await tou.page.getByText('Your receipt').waitFor();
    await ayaan.page.reload();
    await ayaan.page.getByText('A secret ballot is counted when the vote closes.').waitFor();
    await ayaan.assemblies.closeVote();
    await ayaan.assemblies.outcome('Failed').waitFor();
    await ayaan.page.getByText('Yes 1 · No 1 · Abstain 0').waitFor();

    await marisol.page.reload();
    await marisol.page.getByRole('heading', { name: 'Published ballots' }).waitFor();
    await marisol.page.getByLabel('Your receipt code').fill(receipt.toLowerCase().replaceAll('-', ' '));
    await marisol.page.getByText('Found: your ballot says “No”.').waitFor();
    assert.equal(await marisol.page.getByRole('row').count(), 3, 'a header and two ballots');
    await expectFitsAndAccessible(marisol.page, 'the published ballots on a phone');
    await marisol.assemblies.screenshot('assemblies-05-ballot-found-en-phone');

    // Online, only Tou votes: one voter present where two are needed — no quorum, the count still shown.
    await ayaan.page.goto(`${url}${assemblyPath}`);
    await ayaan.page.getByRole('link', { name: 'Make a proposal', exact: true }).click();
    await ayaan.assemblies.propose('Paint the stairwell mural', 'Colours chosen by the kids.', null);
    const onlinePath = ayaan.assemblies.path();
    await ayaan.assemblies.openVote();
    await tou.assemblies.vote(url, onlinePath, 'Yes');
    await tou.page.getByText('Your receipt').waitFor();
    await ayaan.assemblies.closeVote();
    await ayaan.assemblies.outcome('No quorum').waitFor();
    await ayaan.page.getByText('Quorum: 2 needed, 1 present.').waitFor();
    await ayaan.assemblies.screenshotIn(
      'so',
      'assemblies-06-no-quorum-so-laptop',
      ayaan.page.getByText('Tiradii lama gaarin', { exact: true }),
    );

    await ayaan.page.goto(`${url}${assemblyPath}`);
    const log = ayaan.page.getByRole('list').filter({ hasText: 'Paint the stairwell mural' });
    await log.getByText('No quorum').waitFor();
    await expectFitsAndAccessible(ayaan.page, 'the assembly page with its decision log');
    await ayaan.assemblies.screenshot('assemblies-07-decision-log-en-laptop');

    for (const who of [ayaan, ...phones]) {
      assert.deepEqual(who.problems, []);
      assert.deepEqual(who.requests.thirdParty(), []);
    }
  },
  { timeout: 180_000 },
);
