import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { AssembliesPage } from './pages/assemblies-page';
import { ElectionsPage } from './pages/elections-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Issue #8 from end to end, all in the browser: the organiser (a laptop) creates a citywide federation
 * and two neighbourhood assemblies in it → at Powderhorn's meeting four neighbours join and check in on
 * their phones, the quorum is reached and a proposal passes → Powderhorn elects its delegate by ranked
 * ballot on phones (Marisol's votes move to Tou in round 2) → Tou sits on the citywide board beside
 * Longfellow's empty seat → a neighbour proposes Tou's recall from the delegate page, the vote passes,
 * and the board shows the seat empty again. Screenshots in English and Somali.
 */
const T0 = nextWinterMorning();
const CITYWIDE = 'Citywide workers’ assembly (acceptance)';
const POWDERHORN = 'Powderhorn neighbourhood assembly (acceptance)';
const LONGFELLOW = 'Longfellow neighbourhood assembly (acceptance)';
const MEETING = 'Powderhorn general assembly';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, assemblies: new AssembliesPage(who.page), elections: new ElectionsPage(who.page) };
}
type Person = Awaited<ReturnType<typeof person>>;

async function rankAndCast(voter: Person, url: string, electionPath: string, names: string[]): Promise<string> {
  await voter.page.goto(`${url}${electionPath}`);
  for (const name of names) await voter.elections.rank(name);
  assert.deepEqual(await voter.elections.ranking(), names);
  return voter.elections.cast();
}

browserTest(
  'two neighbourhood assemblies and a citywide one: quorum, a proposal passed, a delegate elected on phones, seated citywide, then recalled',
  async ({ browser }) => {
    const url = network.server().publicUrl;
    const rules = { kind: 'Neighbourhood', quorumPercent: 50, discussionHours: 0, parent: CITYWIDE, seats: 1 };

    // 1. Ayaan, an organiser on a laptop, creates the federation and its two neighbourhood assemblies.
    const ayaan = await person(browser, LAPTOP, 'Ayaan');
    await ayaan.assemblies.open(url);
    await ayaan.assemblies.createAssembly({ name: CITYWIDE, kind: 'Federation', quorumPercent: 50, discussionHours: 0 });
    const citywidePath = ayaan.assemblies.path();
    await ayaan.assemblies.open(url);
    await ayaan.assemblies.createAssembly({ name: LONGFELLOW, ...rules });
    await ayaan.assemblies.open(url);
    await ayaan.assemblies.createAssembly({ name: POWDERHORN, ...rules });
    const powderhornPath = ayaan.assemblies.path();
    await ayaan.page.getByRole('region', { name: 'Sends delegates to' }).getByRole('link', { name: CITYWIDE }).waitFor();
    await ayaan.assemblies.screenshot('acceptance-assemblies-01-powderhorn-en-laptop');

    // 2. The meeting: four neighbours join on their phones; three check in, and the quorum (3 of 5) is reached.
    await ayaan.assemblies.scheduleAndOpenMeeting(MEETING, '2027-01-23T10:30', ['Welcome', 'Bus stop watch', 'Our delegate']);
    const meetingPath = ayaan.assemblies.path();
    const marisol = await person(browser, PHONE, 'Marisol');
    const tou = await person(browser, PHONE, 'Tou');
    const grace = await person(browser, PHONE, 'Grace');
    const hodan = await person(browser, PHONE, 'Hodan');
    const phones = [marisol, tou, grace, hodan];
    for (const who of phones) await who.assemblies.join(url, powderhornPath);
    await marisol.assemblies.checkIn(url, meetingPath);
    await tou.assemblies.checkIn(url, meetingPath);
    await tou.page.getByText('No quorum yet: 1 more needed').waitFor();
    await grace.assemblies.checkIn(url, meetingPath);
    await grace.page.getByText('3 of 5 voting members present. Quorum: 3.').waitFor();
    await grace.page.getByText('Quorum reached').waitFor();
    await expectFitsAndAccessible(grace.page, 'the meeting on a phone, quorum reached');
    await grace.assemblies.screenshot('acceptance-assemblies-02-quorum-en-phone');
    await grace.assemblies.screenshotIn(
      'so',
      'acceptance-assemblies-03-quorum-so-phone',
      grace.page.getByText('Tiradii loo baahnaa waa la gaaray'),
    );

    // 3. Grace proposes at the meeting; Ayaan opens the vote; it passes.
    await grace.page.getByRole('link', { name: 'Make a proposal for this meeting' }).click();
    await grace.assemblies.propose('Watch the Lake Street bus stops at school time', 'Pairs, **7:30–8:30**, from Monday.', MEETING);
    const proposalPath = grace.assemblies.path();
    await ayaan.page.goto(`${url}${proposalPath}`);
    await ayaan.assemblies.openVote();
    for (const voter of [marisol, tou, grace]) {
      await voter.assemblies.vote(url, proposalPath, 'Yes');
      await voter.page.getByText('Your vote: Yes. You can change it until the vote closes.').waitFor();
    }
    await ayaan.assemblies.closeVote();
    await ayaan.assemblies.outcome('Passed').waitFor();
    await ayaan.page.getByText('Yes 3 · No 0 · Abstain 0').waitFor();
    await ayaan.page.getByText('Quorum: 3 needed, 3 present.').waitFor();
    await ayaan.assemblies.screenshot('acceptance-assemblies-04-passed-en-laptop');

    // 4. Ayaan starts the delegate election with three candidates; it opens at once.
    await ayaan.page.goto(`${url}${powderhornPath}/delegates`);
    await ayaan.page.getByRole('link', { name: 'Start a delegate election' }).click();
    await ayaan.assemblies.heading(`Elect delegates to ${CITYWIDE}`).waitFor();
    for (const name of ['Tou', 'Grace', 'Marisol']) await ayaan.page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
    await ayaan.page.getByRole('button', { name: 'Start the election' }).click();
    await ayaan.page.getByRole('button', { name: 'Cast my ballot' }).waitFor();
    const electionPath = ayaan.assemblies.path();

    // 5. Five ranked ballots, four of them on phones: Tou 2, Grace 2, Marisol 1 first choices.
    const receipts = [
      await rankAndCast(tou, url, electionPath, ['Tou']),
      await rankAndCast(grace, url, electionPath, ['Grace']),
      await rankAndCast(hodan, url, electionPath, ['Grace', 'Tou']),
      await rankAndCast(ayaan, url, electionPath, ['Tou', 'Grace']),
    ];
    await marisol.page.goto(`${url}${electionPath}`);
    await marisol.elections.screenshotIn('so', 'acceptance-assemblies-05-ballot-so-phone', marisol.page.getByRole('heading', { level: 1 }));
    await marisol.elections.rank('Marisol');
    await marisol.elections.rank('Tou');
    await expectFitsAndAccessible(marisol.page, 'the ranked ballot on a phone');
    await marisol.elections.screenshot('acceptance-assemblies-06-ballot-en-phone');
    receipts.push(await marisol.elections.cast());
    for (const r of receipts) assert.match(r, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // 6. Ayaan closes and counts: nobody has 3 of 5 in round 1; Marisol's ballot moves to Tou, who is seated.
    await ayaan.page.goto(`${url}${powderhornPath}/delegates`);
    await ayaan.elections.closeElection();
    await ayaan.page.getByText('Seated: Tou').waitFor();
    await tou.page.goto(`${url}${electionPath}`);
    await tou.page.getByRole('heading', { name: 'Round 2' }).waitFor();
    await tou.page.getByText(/from Marisol.* to Tou/).waitFor();
    await expectFitsAndAccessible(tou.page, 'the results on a phone');
    await tou.elections.screenshot('acceptance-assemblies-07-results-en-phone');
    await tou.elections.screenshotIn(
      'so',
      'acceptance-assemblies-08-results-so-phone',
      tou.page.getByRole('heading', { name: 'Wareegga 2' }),
    );

    // 7. The citywide board: Tou sits for Powderhorn; Longfellow's seat is empty.
    await ayaan.page.goto(`${url}${citywidePath}/delegates`);
    const powderhorn = ayaan.elections.memberAssembly(POWDERHORN);
    await powderhorn.getByRole('article', { name: /^Tou/ }).waitFor();
    await powderhorn.getByText('1 of 1 seats filled').waitFor();
    await ayaan.elections.memberAssembly(LONGFELLOW).getByText('0 of 1 seats filled').waitFor();
    await expectFitsAndAccessible(ayaan.page, 'the citywide delegate board');
    await ayaan.elections.screenshot('acceptance-assemblies-09-board-en-laptop');
    await ayaan.elections.screenshotIn(
      'so',
      'acceptance-assemblies-10-board-so-laptop',
      ayaan.page.getByText('1 ka mid ah 1 kursi ayaa buuxa'),
    );

    // 8. Recall: Hodan proposes it from Powderhorn's delegate page; the vote passes 3 to 1.
    await hodan.page.goto(`${url}${powderhornPath}/delegates`);
    await hodan.page.getByRole('link', { name: 'Propose to recall Tou' }).click();
    await hodan.assemblies.heading('Propose to recall the delegate Tou').waitFor();
    await hodan.page.getByLabel('Title').fill('Recall Tou as our delegate');
    await hodan.page.getByLabel('The proposal (Markdown)').fill('Tou voted against our mandate on the day of action.');
    await hodan.assemblies.button('Make the proposal').click();
    await hodan.page.getByText('Recalls the delegate Tou').waitFor();
    const recallPath = hodan.assemblies.path();
    await ayaan.page.goto(`${url}${recallPath}`);
    await ayaan.assemblies.openVote();
    for (const [voter, choice] of [
      [hodan, 'Yes'],
      [marisol, 'Yes'],
      [grace, 'Yes'],
      [tou, 'No'],
    ] as const) {
      await voter.assemblies.vote(url, recallPath, choice);
      await voter.page.getByText(`Your vote: ${choice}.`, { exact: false }).waitFor();
    }
    await ayaan.assemblies.closeVote();
    await ayaan.assemblies.outcome('Passed').waitFor();

    // 9. The board shows the seat empty again, and Tou among the former delegates.
    await ayaan.page.goto(`${url}${citywidePath}/delegates`);
    await powderhorn.getByText('0 of 1 seats filled').waitFor();
    await ayaan.page
      .getByRole('region', { name: 'Former delegates' })
      .getByRole('article', { name: /^Tou/ })
      .getByText(/Recalled /)
      .waitFor();
    await ayaan.elections.screenshot('acceptance-assemblies-11-recalled-en-laptop');
    await ayaan.elections.screenshotIn(
      'so',
      'acceptance-assemblies-12-recalled-so-laptop',
      ayaan.page.getByText('0 ka mid ah 1 kursi ayaa buuxa').first(),
    );

    for (const who of [ayaan, ...phones]) {
      assert.deepEqual(who.problems, []);
      assert.deepEqual(who.requests.thirdParty(), []);
    }
  },
  { timeout: 240_000 },
);
