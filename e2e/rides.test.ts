import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { RidesPage } from './pages/rides-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Recurring rides, with the server's and the browsers' clocks at 10:15 in Minneapolis: a hotline
 * operator registers a rider → an organiser on a laptop matches next week (Hungarian, per day) and
 * publishes it → the driver on a phone sees the rider and, asking for it, the pickup address → the
 * rider opens their private link, no account, and sees only the driver's first name, vehicle and time.
 */
const T0 = nextWinterMorning();
const PICKUP = '4417 Canary Ave N, side door';
const DESTINATION = 'North Loop Bakery, back entrance';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember?: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, rides: new RidesPage(who.page) };
}

browserTest(
  'a rider is registered, an organiser matches and publishes the week, the driver sees the pickup, the rider their ride',
  async ({ browser }) => {
    const marisol = await person(browser, LAPTOP, 'Marisol');
    await marisol.rides.open(network.server().publicUrl, '/riders');
    await marisol.rides.heading('Riders').waitFor();
    await marisol.page.getByRole('heading', { name: 'Pa Houa (demo)' }).waitFor();
    const link = await marisol.rides.registerRider({
      firstName: 'Esperanza',
      language: 'Español',
      pickupAddress: PICKUP,
      pickupZone: 'Jordan',
      destinationAddress: DESTINATION,
      destinationZone: 'North Loop',
      notOn: ['Monday', 'Wednesday', 'Friday'],
      arriveBy: '07:30',
    });
    assert.match(link, /\/rides\/r\/[\w-]{43}$/);
    await marisol.page.getByRole('heading', { name: 'Esperanza' }).waitFor();
    assert.ok(!(await marisol.page.content()).includes('Canary'), 'the list never shows an address');
    await marisol.rides.screenshot('rides-01-rider-registered-en-laptop');

    // The organiser matches next week (the demo published this one) and publishes it.
    const ayaan = await person(browser, LAPTOP, 'Ayaan');
    await ayaan.rides.open(network.server().publicUrl);
    await ayaan.rides.heading('Weekly rides').waitFor();
    await ayaan.page.getByText('Not published yet: drivers and riders see nothing of this week.').waitFor();
    await ayaan.rides.match();
    const tuesday = ayaan.rides.day(/^Tuesday/);
    await tuesday.getByText('Esperanza with Tou, pickup 7:10 AM').waitFor();
    await tuesday.getByText(/^For comparison, first-come matching: \d+ matched/).waitFor();
    const monday = ayaan.rides.day(/^Monday/);
    assert.equal(await monday.getByText(/Esperanza/).count(), 0, 'she rides on Tuesdays and Thursdays only');
    await ayaan.page
      .getByText(/Ahmed \(demo\) \(Shingle Creek/)
      .first()
      .waitFor();
    assert.ok(!(await ayaan.page.content()).includes('Canary'), 'organisers see neighbourhoods, not addresses');
    await expectFitsAndAccessible(ayaan.page, '/rides as the organiser');
    await ayaan.rides.screenshot('rides-02-draft-en-laptop');
    await ayaan.rides.publish();
    await ayaan.page.getByText(/^Published: version 1/).waitFor();
    await ayaan.rides.screenshotIn('es', 'rides-03-published-es-laptop', ayaan.page.getByText(/^Publicada: versión 1/));

    // Tou, on a phone: his riders of the published weeks; the address only when he asks.
    const tou = await person(browser, PHONE, 'Tou');
    await tou.rides.open(network.server().publicUrl, '/mine');
    await tou.rides.heading('My rides').waitFor();
    const esperanza = tou.page.getByRole('listitem').filter({ hasText: 'Esperanza, pickup at 7:10 AM' });
    await esperanza.first().waitFor();
    assert.equal(await esperanza.count(), 2, 'Tuesday and Thursday');
    assert.ok(!(await tou.page.content()).includes('Canary'), 'no address before he asks');
    await tou.rides.revealAddress('Esperanza');
    await esperanza.first().getByText(PICKUP).waitFor();
    await esperanza.first().getByText(DESTINATION).waitFor();
    await expectFitsAndAccessible(tou.page, '/rides/mine as a driver');
    await tou.rides.screenshot('rides-04-driver-en-phone');
    await tou.rides.screenshotIn('es', 'rides-05-driver-es-phone', tou.page.getByText('Esperanza, recogida a las 7:10').first());

    // Esperanza opens her link on her phone, no account: in Spanish, her language.
    const rider = await person(browser, PHONE);
    await rider.rides.openLink(link);
    await rider.rides.heading('Tus viajes').waitFor();
    await rider.page.getByText('Tou te recoge a las 7:10.').first().waitFor();
    await rider.page.getByText('Vehículo: Silver minivan (demo)').first().waitFor();
    const text = (await rider.page.locator('main').textContent()) ?? '';
    for (const secret of ['Canary', 'Bakery', 'Jordan', 'North Loop', 'Esperanza', 'demo responder'])
      assert.ok(!text.includes(secret), `the rider's page shows ${secret}`);
    await expectFitsAndAccessible(rider.page, '/rides/r/<token>');
    await rider.rides.screenshot('rides-06-rider-link-es-phone');
    await rider.rides.screenshotIn('en', 'rides-07-rider-link-en-phone', rider.page.getByText('Tou picks you up at 7:10 AM.').first());

    for (const p of [marisol, ayaan, tou, rider]) {
      assert.deepEqual(p.requests.thirdParty(), []);
      assert.deepEqual(p.problems, []);
    }
  },
  { timeout: 300_000 },
);
