import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { MarshalsPage } from './pages/marshals-page';
import { PatrolsPage } from './pages/patrols-page';
import { TrainingsPage } from './pages/trainings-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Issue #7 from end to end, on a winter Tuesday in Minneapolis from 07:00: an organiser creates a school
 * drop-off site with a weekday shift needing a legal observer → Hodan, without the qualification, is
 * refused and told why → she takes a place at the demo's legal observer training, scans the trainer's
 * QR code and gains the qualification → signs up, and at 07:20 checks in on her phone → the coverage
 * view turns green. Then the demo march gets a marshal post and a qualified peacekeeper.
 */
function nextWinterTuesdayAtSeven(): number {
  for (let year = new Date().getUTCFullYear(); ; year++) {
    const day = new Date(Date.UTC(year, 0, 20));
    day.setUTCDate(20 + ((2 - day.getUTCDay() + 7) % 7));
    // 13:00 UTC is 07:00 in Minneapolis in January.
    const at = day.getTime() + 13 * 3_600_000;
    if (at > Date.now()) return at;
  }
}
const T0 = nextWinterTuesdayAtSeven();
const SITE = 'Folwell school, drop-off door (acceptance)';
const COURSE = 'Legal observer training (demo)';
const MARCH = 'March for our neighbours (demo)';
const POST = 'Lake St & 5th Ave crossing';
const HODAN = 'Hodan (demo treasurer)';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return {
    ...who,
    patrols: new PatrolsPage(who.page),
    trainings: new TrainingsPage(who.page),
    marshals: new MarshalsPage(who.page),
  };
}

browserTest(
  'refused without the qualification, trained by QR code, signed up and checked in; coverage turns green; a march gets marshals',
  async ({ browser }) => {
    const base = network.server().publicUrl;

    // 1. The organiser, on a laptop, adds the site and its weekday drop-off shift.
    const ayaan = await person(browser, LAPTOP, 'Ayaan');
    await ayaan.patrols.open(base, '/sites');
    await ayaan.patrols.heading('Patrol sites').waitFor();
    await ayaan.patrols.addSite({ name: SITE, kind: 'School', zone: 'Folwell' });
    await ayaan.patrols.addSeries({ label: 'Drop-off', start: '07:30', end: '08:30', needed: 1, most: 3, qualification: 'legal observer' });
    await ayaan.patrols.screenshot('acceptance-01-site-en-laptop');

    // 2. Hodan, on her phone, is refused: the shift needs a legal observer.
    const hodan = await person(browser, PHONE, 'Hodan');
    await hodan.patrols.open(base, '/open');
    await hodan.patrols.heading('Open shifts').waitFor();
    await hodan.patrols.signUp(SITE);
    await hodan.patrols
      .card(SITE)
      .getByRole('alert')
      .getByText('This shift needs a valid legal observer qualification. Take the training first.')
      .waitFor();
    await hodan.patrols.screenshot('acceptance-02-refused-en-phone');
    await hodan.patrols.chooseLanguage('Hmoob');
    await hodan.patrols.card(SITE).getByRole('button', { name: 'Sau npe', exact: true }).click();
    await hodan.patrols.card(SITE).getByRole('alert').waitFor();
    await hodan.patrols.card(SITE).scrollIntoViewIfNeeded();
    await hodan.patrols.screenshot('acceptance-03-refused-hmn-phone');
    await hodan.patrols.chooseLanguage('English');

    // 3. She takes a place at this morning's training; the trainer shows the QR code; her phone opens it.
    await hodan.trainings.open(base);
    await hodan.trainings
      .session(COURSE)
      .getByRole('button', { name: `Take a place at ${COURSE}` })
      .click();
    await hodan.trainings.session(COURSE).getByText('You have a place').waitFor();
    await ayaan.trainings.open(base);
    await ayaan.trainings.openSession(COURSE);
    await ayaan.trainings.openAttendance();
    await ayaan.trainings.screenshot('acceptance-04-attendance-qr-en-laptop');
    await hodan.trainings.openFromCamera(await ayaan.trainings.readQrCode());
    await hodan.page.getByText(`Welcome! Your attendance at ${COURSE} is recorded.`).waitFor();
    await hodan.page.getByText(/^Qualification: Legal observer, valid until /).waitFor();
    await hodan.trainings.screenshot('acceptance-05-qualified-en-phone');

    // 4. Now she signs up, and at 07:20 (check-in opens 15 minutes before the start) checks in.
    await hodan.patrols.open(base, '/open');
    await hodan.patrols.signUp(SITE);
    await hodan.patrols.card(SITE).getByText('You are on this shift.').waitFor();
    const twentyPast = T0 + 20 * 60_000;
    network.clock.set(twentyPast);
    await hodan.page.clock.setSystemTime(twentyPast);
    await ayaan.page.clock.setSystemTime(twentyPast);
    await hodan.patrols.open(base, '/mine');
    await hodan.patrols.heading('My shifts').waitFor();
    await hodan.patrols.checkIn(SITE);
    await expectFitsAndAccessible(hodan.page, 'my shifts, checked in, on a phone');
    await hodan.patrols.screenshot('acceptance-06-checked-in-en-phone');
    await hodan.patrols.screenshotIn(
      'hmn',
      'acceptance-07-checked-in-hmn-phone',
      hodan.patrols.card(SITE).getByText(/^Tau sau npe tuaj txog thaum/),
    );

    // 5. The organiser's coverage shows the drop-off green.
    await ayaan.patrols.open(base, '/coverage');
    await ayaan.patrols.coverageChip(SITE, 'enough people').click();
    await ayaan.patrols.shiftRoster().getByText(`${HODAN}: checked in at 7:20`).waitFor();
    await ayaan.patrols.screenshot('acceptance-08-coverage-en-laptop');
    await ayaan.patrols.screenshotIn(
      'hmn',
      'acceptance-09-coverage-hmn-laptop',
      ayaan.page.getByRole('heading', { name: 'Kev zov txaus' }),
    );

    // 6. The demo march gets a marshal post and a qualified peacekeeper.
    await ayaan.marshals.open(base);
    await ayaan.page.getByRole('link', { name: MARCH, exact: true }).click();
    await ayaan.marshals.heading(`Marshal plan: ${MARCH}`).waitFor();
    await ayaan.marshals.addPost({
      kind: 'Crossing',
      label: POST,
      needed: 2,
      channel: 'Channel 6',
      instructions: 'Hold the crossing for the march.',
    });
    await ayaan.marshals.assign(POST, HODAN);
    await ayaan.marshals.post(POST).getByText('1 of 2 assigned').waitFor();
    await ayaan.marshals.screenshot('acceptance-10-march-marshals-en-laptop');
    await ayaan.marshals.screenshotIn('hmn', 'acceptance-11-march-marshals-hmn-laptop', ayaan.marshals.post(POST));

    for (const who of [ayaan, hodan]) {
      assert.deepEqual(who.problems, []);
      assert.deepEqual(who.requests.thirdParty(), []);
    }
  },
  { timeout: 300_000 },
);
