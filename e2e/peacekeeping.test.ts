import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { EventsPage } from './pages/events-page';
import { MarshalsPage } from './pages/marshals-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Peacekeeping for the demo march, with the server's and the browsers' clocks at 10:15 in Minneapolis
 * four days before it: an organiser on a laptop opens the march, sets the crowd and the ratio, adds a
 * marshal post and assigns a qualified peacekeeper → on the morning of the march the peacekeeper, on a
 * phone, sees the post and checks in → the organiser's board shows them without a reload → the radio
 * and contact sheet prints (A4 and Letter PDFs) with their opt-in number, which nobody else can read.
 */
const T0 = nextWinterMorning();
const MARCH = 'March for our neighbours (demo)';
const POST = 'Lake St & Bloomington Ave crossing';
const HODAN = 'Hodan (demo treasurer)';
const PHONE_NUMBER = '612-555-0188';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, marshals: new MarshalsPage(who.page), events: new EventsPage(who.page) };
}

browserTest(
  'an organiser plans marshals for a march and assigns a peacekeeper, who checks in on a phone; the board and the sheet follow',
  async ({ browser }) => {
    const base = network.server().publicUrl;
    const ayaan = await person(browser, LAPTOP, 'Ayaan');
    await ayaan.marshals.go('Marshals');
    await ayaan.marshals.heading('Marshals').waitFor();
    await ayaan.page.getByRole('link', { name: MARCH, exact: true }).waitFor();
    await expectFitsAndAccessible(ayaan.page, '/marshals');

    // From the march's own page, as an organiser would find it.
    await ayaan.events.openList(base);
    await ayaan.events.event(MARCH).getByRole('link', { name: MARCH }).click();
    await ayaan.events.heading(MARCH).waitFor();
    await ayaan.page.getByRole('link', { name: 'Marshal plan' }).click();
    await ayaan.marshals.heading(`Marshal plan: ${MARCH}`).waitFor();
    const eventId = ayaan.marshals.eventId();

    // The ratio planner: 1,200 people at one marshal per 40 → 30, more than the demo posts ask for.
    await ayaan.marshals.planThePlanner(1200, 40);
    await ayaan.page.getByText('At one marshal per 40 people, 1,200 people need 30 marshals.').waitFor();
    await ayaan.marshals.savePlan();
    assert.equal(await ayaan.marshals.figure('Recommended by the ratio').textContent(), '30');
    await ayaan.page
      .getByText('The posts ask for 14 in all, 16 marshals fewer than the ratio recommends (30). Add posts or raise what they need.')
      .waitFor();
    await ayaan.page.getByText('Short by 28 marshals: 2 assigned of 30 needed.').waitFor();

    await ayaan.marshals.addPost({
      kind: 'Crossing',
      label: POST,
      needed: 2,
      channel: 'Channel 5',
      instructions: 'Hold the crossing until the tail has passed. Face the traffic.',
    });
    await ayaan.marshals
      .post(POST)
      .getByRole('heading', { name: `6. ${POST}` })
      .waitFor();
    const candidates = await ayaan.marshals.openCandidates(POST);
    await candidates
      .getByText(/^Peacekeeper until /)
      .first()
      .waitFor();
    await candidates.getByText('Already at post 1').waitFor();
    await candidates.getByRole('button', { name: `Assign ${HODAN}` }).click();
    await candidates.getByText(`${HODAN} is assigned. They get a notification.`).waitFor();
    await ayaan.marshals.post(POST).getByText('1 of 2 assigned').waitFor();
    await ayaan.page.getByText('Short by 27 marshals: 3 assigned of 30 needed.').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/marshals/events/:id as an organiser');
    await ayaan.marshals.screenshot('peacekeeping-01-plan-en-laptop');

    // Hodan, on her phone, four days early: her post is there; check-in is not open yet.
    const hodan = await person(browser, PHONE, 'Hodan');
    await hodan.marshals.go('My marshal posts');
    await hodan.marshals.heading('My marshal posts').waitFor();
    const card = hodan.marshals.myPost(MARCH);
    await card.getByRole('heading', { name: `Your post: ${POST}` }).waitFor();
    await card.getByText('Crossing · post 6 of 6 along the route').waitFor();
    await card.getByText('Channel 5').waitFor();
    await card.getByText('Hold the crossing until the tail has passed. Face the traffic.').waitFor();
    await card.getByText(/^Check-in opens at /).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Check in at my post' }).count(), 0);
    await hodan.marshals.givePhone(MARCH, PHONE_NUMBER);

    // The morning of the march, half an hour before the start.
    const startsAt = await ayaan.page.evaluate(
      async (id) => ((await (await fetch(`/api/marshals/events/${id}`)).json()) as { event: { startsAt: number } }).event.startsAt,
      eventId,
    );
    network.clock.set(startsAt - 30 * 60_000);
    for (const p of [ayaan, hodan]) await p.page.clock.setSystemTime(startsAt - 30 * 60_000);

    // The organiser's board is open before Hodan arrives: her post is red, and she is missing.
    await ayaan.page.getByRole('link', { name: 'Check-in board' }).click();
    await ayaan.marshals.heading(`Check-in board: ${MARCH}`).waitFor();
    const tile = ayaan.marshals.post(POST);
    await tile.getByText('Nobody here').waitFor();
    await tile.getByText(`Missing: ${HODAN}`).waitFor();

    await hodan.page.reload();
    await hodan.marshals.checkIn(MARCH);
    await expectFitsAndAccessible(hodan.page, '/marshals/mine, checked in');
    await hodan.marshals.screenshot('peacekeeping-02-checked-in-en-phone');
    await hodan.marshals.screenshotIn('hmn', 'peacekeeping-03-checked-in-hmn-phone', card.getByText(/^Koj sau npe tuaj txog thaum /));

    // Without a reload, the board turns amber: one of the two marshals the post needs is there.
    await tile.getByText('Partly staffed').waitFor();
    await tile.getByText(`1 of 2 checked in · 1 assigned`).waitFor();
    await tile.getByText(`Here: ${HODAN}`).waitFor();
    await ayaan.marshals.post('Powderhorn Park, south entrance (gathering point)').getByText('Nobody here').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/marshals/events/:id/board');
    await ayaan.marshals.screenshot('peacekeeping-04-board-en-laptop');
    await ayaan.marshals.screenshotIn('hmn', 'peacekeeping-05-board-hmn-laptop', tile.getByText('Muaj qee leej'));

    // The radio and contact sheet: posts in route order, channels, leads, Hodan's number; it prints.
    await ayaan.marshals.open(base, `/marshals/events/${eventId}/sheet`);
    await ayaan.marshals.heading(`Radio and contact sheet: ${MARCH}`).waitFor();
    const row = ayaan.marshals.sheetRow(POST);
    await row.getByText(`${HODAN} (${PHONE_NUMBER})`).waitFor();
    await row.getByText('Channel 5').waitFor();
    await ayaan.marshals
      .sheetRow('Powderhorn Park, south entrance')
      .getByText(/^Marisol \(demo verifier\) \(612-555-0117\)$/)
      .waitFor();
    await ayaan.page.getByText('Legal hotline (demo): 612-555-0142').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/marshals/events/:id/sheet');
    await ayaan.page.emulateMedia({ media: 'print' });
    assert.equal(await ayaan.page.locator('.site-header').isVisible(), false, 'no navigation on paper');
    assert.equal(await ayaan.page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    await ayaan.marshals.screenshot('peacekeeping-06-sheet-print-en');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await ayaan.page.pdf({ format, printBackground: true });
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', format);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, `the demo sheet fits one ${format} page`);
    }
    await ayaan.page.emulateMedia({ media: 'screen' });

    // An organiser on a phone at the march: the sheet, the board and the plan fit a 360 px screen.
    await ayaan.page.setViewportSize(PHONE);
    await expectFitsAndAccessible(ayaan.page, '/marshals/events/:id/sheet on a phone');
    await ayaan.marshals.screenshot('peacekeeping-07-sheet-en-phone');
    await ayaan.marshals.open(base, `/marshals/events/${eventId}/board`);
    await ayaan.marshals.post(POST).getByText('Partly staffed').waitFor();
    await expectFitsAndAccessible(ayaan.page, '/marshals/events/:id/board on a phone');
    await ayaan.marshals.open(base, `/marshals/events/${eventId}`);
    await ayaan.marshals.post(POST).waitFor();
    await expectFitsAndAccessible(ayaan.page, '/marshals/events/:id on a phone');
    await ayaan.marshals.screenshot('peacekeeping-08-plan-en-phone');

    // Nobody but organisers reads the sheet: not Hodan, whose number is on it.
    const status = await hodan.page.evaluate(async (id) => (await fetch(`/api/marshals/events/${id}/sheet`)).status, eventId);
    assert.equal(status, 403);

    for (const p of [ayaan, hodan]) {
      assert.deepEqual(p.requests.thirdParty(), []);
      assert.deepEqual(p.problems, []);
    }
  },
  { timeout: 300_000 },
);
