import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { PatrolsPage } from './pages/patrols-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Patrols, with the server's and the browsers' clocks at 07:20 on a winter Tuesday in Minneapolis: an
 * organiser on a laptop adds a school drop-off site with a weekday 07:30 shift needing a legal observer
 * → a member without the qualification is refused, with its name → Tou (a legal observer in the demo),
 * on a phone, signs up and checks in (check-in opened at 07:15) → the organiser's coverage shows it green.
 */
function nextWinterTuesdayMorning(): number {
  for (let year = new Date().getUTCFullYear(); ; year++) {
    const day = new Date(Date.UTC(year, 0, 20));
    day.setUTCDate(20 + ((2 - day.getUTCDay() + 7) % 7));
    const at = day.getTime() + (13 * 60 + 20) * 60_000;
    if (at > Date.now()) return at;
  }
}
const T0 = nextWinterTuesdayMorning();
const SITE = 'Anwatin school, main entrance (e2e)';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, patrols: new PatrolsPage(who.page) };
}

browserTest(
  'an organiser adds a drop-off shift needing a legal observer; a qualified member signs up and checks in on a phone; coverage turns green',
  async ({ browser }) => {
    const base = network.server().publicUrl;
    const ayaan = await person(browser, LAPTOP, 'Ayaan');
    await ayaan.patrols.open(base, '/coverage');
    await ayaan.patrols.heading('Coverage').waitFor();
    await ayaan.page.getByRole('link', { name: 'Sites and shifts' }).click();
    await ayaan.patrols.heading('Patrol sites').waitFor();
    await ayaan.patrols.addSite({ name: SITE, kind: 'School', zone: 'Bryn Mawr' });
    await ayaan.patrols.addSeries({ label: 'Drop-off', start: '07:30', end: '08:30', needed: 1, most: 2, qualification: 'legal observer' });
    await ayaan.page.getByText('Needs a legal observer qualification').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/patrols/sites/:id as an organiser');
    await ayaan.patrols.screenshot('patrols-01-site-and-shifts-en-laptop');

    // Marisol holds no legal-observer qualification: refused, and told which one she needs.
    const marisol = await person(browser, PHONE, 'Marisol');
    await marisol.patrols.open(base, '/open');
    await marisol.patrols.heading('Open shifts').waitFor();
    await marisol.patrols.card(SITE).getByText('you do not hold one now').waitFor();
    await marisol.patrols.signUp(SITE);
    await marisol.patrols
      .card(SITE)
      .getByRole('alert')
      .getByText('This shift needs a valid legal observer qualification. Take the training first.')
      .waitFor();
    await marisol.patrols.screenshot('patrols-02-refused-en-phone');

    // Tou, on his phone at 07:20: signs up for today's 07:30 drop-off and checks in.
    const tou = await person(browser, PHONE, 'Tou');
    await tou.patrols.open(base, '/open');
    await tou.patrols.signUp(SITE);
    await tou.patrols.card(SITE).getByText('You are on this shift.').waitFor();
    await tou.page.getByRole('link', { name: 'My shifts' }).first().click();
    await tou.patrols.heading('My shifts').waitFor();
    await tou.patrols.checkIn(SITE);
    await expectFitsAndAccessible(tou.page, '/patrols/mine on a phone');
    await tou.patrols.screenshot('patrols-03-checked-in-en-phone');
    await tou.patrols.screenshotIn(
      'hmn',
      'patrols-04-checked-in-hmn-phone',
      tou.patrols.card(SITE).getByText(/^Tau sau npe tuaj txog thaum/),
    );
    const report = tou.patrols.card(SITE).getByRole('link', { name: 'Report what you see here' });
    await report.click();
    await tou.page.waitForURL((url) => url.pathname === '/report');
    assert.equal(await tou.page.getByLabel('Anything else about what they were doing (optional)').inputValue(), SITE);

    // Back on the laptop: the week's coverage has today's drop-off in green.
    await ayaan.patrols.open(base, '/coverage');
    await ayaan.patrols.coverageChip(SITE, 'enough people').waitFor();
    await ayaan.page.getByRole('heading', { name: 'Under the minimum' }).waitFor();
    await expectFitsAndAccessible(ayaan.page, '/patrols/coverage as an organiser');
    await ayaan.patrols.screenshot('patrols-05-coverage-en-laptop');
    await ayaan.patrols.screenshotIn('hmn', 'patrols-06-coverage-hmn-laptop', ayaan.page.getByRole('heading', { name: 'Kev zov txaus' }));

    for (const p of [ayaan, marisol, tou]) {
      assert.deepEqual(p.requests.thirdParty(), []);
      assert.deepEqual(p.problems, []);
    }
  },
  { timeout: 300_000 },
);
