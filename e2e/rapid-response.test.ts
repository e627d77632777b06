import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { HOUR, MINUTE } from '../src/core/clock';
import { AlertsPage } from './pages/alerts-page';
import { BoardPage, ResponderPage } from './pages/dispatch-page';
import { HotlinePage } from './pages/hotline-page';
import { ReportDetailPage } from './pages/report-detail-page';
import { ReportPage } from './pages/report-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { type Person, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * The rapid-response drill of issue #4, on the demo network, with the server's clock and the browsers'
 * clocks pinned to the same instant: an anonymous report from a phone → the dispatcher sees it with a
 * duplicate suggestion → a verifier confirms it and sends the alert → a member watching the zone gets
 * it live within 2 s, a member watching another zone does not → the responder on duty accepts with an
 * ETA, is on scene, records what they see and leaves → the alert expires at 2 h.
 */

const T0 = nextWinterMorning();
/** The dispatch pages look again this often (src/modules/dispatch/ui). */
const DISPATCH_POLL_MS = 10_000;

const DESK = { width: 1280, height: 900 };
const ZONE = 'Powderhorn Park';
const HEADLINE = `Immigration agents stopping people in ${ZONE}`;
const HEADLINE_ES = `Agentes de inmigración parando a personas en ${ZONE}`;

const network = pinnedDemoNetwork(T0);

/** A browser of its own for each person, its clock at the server's time, signed in as a demo member (or not). */
const person = (browser: Browser, viewport: Viewport, demoMember?: string) => network.person(browser, viewport, demoMember);

/** A member's /alerts, open with its live stream connected and nothing in it yet; what reaches the device is recorded. */
async function waitForAlerts(member: Person) {
  const alerts = new AlertsPage(member.page);
  const events = await alerts.recordLiveEvents();
  await alerts.open(network.server().publicUrl);
  await alerts.liveStatus().waitFor();
  await alerts.noAlerts().waitFor();
  return { alerts, events };
}

const alertEvents = (events: { name: string }[]) => events.filter((e) => e.name === 'alert');

/** A dispatch page polls: move its clock past the next poll instead of waiting for it. */
const nextPoll = (page: Page) => page.clock.fastForward(DISPATCH_POLL_MS);

browserTest(
  'drill: anonymous report → duplicate suggestion → confirmed → live alert to the zone only → responder on scene and cleared → alert expires at 2 h',
  async ({ browser }) => {
    // Everyone who waits is ready first: two members with /alerts open, the responder on /dispatch.
    const sam = await person(browser, PHONE, 'Sam');
    const { alerts: samAlerts, events: samEvents } = await waitForAlerts(sam);
    await samAlerts.screenshot('rapid-01-member-waiting-en-phone');
    const grace = await person(browser, PHONE, 'Grace');
    const { alerts: graceAlerts, events: graceEvents } = await waitForAlerts(grace);

    const tou = await person(browser, PHONE, 'Tou');
    const responder = new ResponderPage(tou.page);
    await responder.open(network.server().publicUrl);
    await responder.noCalls().waitFor();
    await tou.page.getByText('On duty. Zones: 2').waitFor();

    const marisol = await person(browser, DESK, 'Marisol');
    const hotline = new HotlinePage(marisol.page);
    await hotline.open(network.server().publicUrl);
    await hotline.heading('Hotline').waitFor();
    // The demo network's two unverified sightings wait already.
    await hotline.waiting(2).waitFor();

    // 1. An anonymous reporter on a 360 px phone; the form in Spanish too.
    const reporter = await person(browser, PHONE);
    const report = new ReportPage(reporter.page, 'en');
    await report.open(network.server().publicUrl);
    await report.heading('Report a sighting').waitFor();
    await report.chooseLanguage('Español');
    await report.heading('Reportar un avistamiento').waitFor();
    await report.screenshot('rapid-02-report-form-es-phone');
    await report.chooseLanguage('English');
    await report.heading('Report a sighting').waitFor();
    await report.fill({
      zone: ZONE,
      morePeople: 2,
      moreVehicles: 2,
      activity: 'Stopping or questioning people',
      seen: 'Now',
      markings: 'Vests marked POLICE ICE',
      equipment: 'Two grey SUVs',
    });
    await expectFitsAndAccessible(reporter.page, '/report');
    await report.screenshot('rapid-03-report-filled-en-phone');
    const filed = reporter.page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/reports');
    await report.send();
    const reportId = ((await (await filed).json()) as { id: string }).id;
    await report.thanks().waitFor();
    await report.screenshot('rapid-04-report-thanks-en-phone');

    // 2. The dispatcher's live queue shows it with the demo report from 12 minutes earlier as a possible duplicate.
    await hotline.waiting(3).waitFor();
    const queued = hotline.queued(ZONE, 'seen just now');
    await hotline.duplicatesOf(queued).waitFor();
    // Seeded 12 minutes before the server's time; the page's clock has moved on a little since.
    const demoReport = new RegExp(`^${ZONE} · 1[23] min ago$`);
    const earlier = queued.getByRole('listitem').filter({ has: marisol.page.getByRole('link', { name: demoReport }) });
    await earlier.getByText('same neighbourhood').waitFor();
    await earlier.getByText('same activity').waitFor();
    await expectFitsAndAccessible(marisol.page, '/hotline');
    await hotline.screenshot('rapid-05-hotline-duplicate-en');

    // 3. The verifier takes it from its page, confirms it with a method, and composes the alert.
    await queued.getByRole('heading').getByRole('link', { name: ZONE }).click();
    const detail = new ReportDetailPage(marisol.page);
    await detail.heading(`Report: ${ZONE}`).waitFor();
    assert.equal(detail.reportId(), reportId);
    await detail.duplicates().getByRole('link', { name: demoReport }).waitFor();
    await detail.take();
    assert.deepEqual(await samAlerts.activeFromServer(), [], 'nothing reaches members before the decision');
    await detail.confirm('Photo or video');
    await detail.composer().waitFor();
    // Sam, Tou and Marisol watch the park; Grace does not.
    await detail.audience().filter({ hasText: 'Members it reaches: 3' }).waitFor();
    assert.equal(await detail.expiryField().evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text), '2 h');
    await detail.composer().getByText(HEADLINE).waitFor();
    await expectFitsAndAccessible(marisol.page, '/reports/:id with the composer');
    await detail.screenshot('rapid-06-confirmed-composer-en');

    // 4. Sent: the member watching the park has it live within 2 s; the member in Cedar-Riverside does not.
    assert.equal(alertEvents(samEvents).length, 0);
    await detail.sendAlertButton().click();
    const clickedAt = Date.now();
    await samAlerts.alert(HEADLINE).waitFor({ timeout: 2000 });
    console.log(`Sam's phone showed the alert ${Date.now() - clickedAt} ms after the verifier's click`);
    await detail.alertSent().filter({ hasText: 'Members it reached: 3.' }).waitFor();
    const alertId = (await samAlerts.activeFromServer())[0];
    assert.ok(alertId, 'the server lists the alert for Sam');
    assert.equal(alertEvents(samEvents).length, 1, 'one alert event reached Sam');
    await graceAlerts.noAlerts().waitFor();
    assert.deepEqual(alertEvents(graceEvents), [], 'no alert event reached Grace');
    assert.deepEqual(await graceAlerts.activeFromServer(), []);
    await graceAlerts.liveStatus().waitFor();
    await samAlerts.alert(HEADLINE).getByText('Verified by a verifier').waitFor();
    await samAlerts.screenshot('rapid-07-alert-arrived-en-phone');
    await graceAlerts.screenshot('rapid-08-other-zone-nothing-en-phone');

    // The alert's page: countdown, who verified (by role), safety guidance; never the verifier's name.
    await samAlerts.openAlert(HEADLINE);
    await samAlerts.heading(HEADLINE).waitFor();
    await samAlerts
      .countdown()
      .filter({ hasText: /^Expires in (2 h 0|1 h 59) min$/ })
      .waitFor();
    await samAlerts.guidance().getByText('Know your rights').waitFor();
    assert.ok(!(await sam.page.locator('main').textContent())?.includes('Marisol'), 'the verifier is named by role only');
    await expectFitsAndAccessible(sam.page, '/alerts/:id');
    await samAlerts.screenshot('rapid-09-alert-page-en-phone');
    await samAlerts.screenshotIn('es', 'rapid-10-alert-page-es-phone', samAlerts.heading(HEADLINE_ES));
    await samAlerts.heading(HEADLINE).waitFor();

    // 5. The responder on duty gets the call, picks an ETA and accepts.
    await nextPoll(tou.page);
    await responder.offer(ZONE).waitFor();
    await responder.state(ZONE, 'Waiting for an answer').waitFor();
    await responder.announcement(`New call in ${ZONE}.`).waitFor();
    await expectFitsAndAccessible(tou.page, '/dispatch with a call');
    await responder.screenshot('rapid-11-call-offered-en-phone');
    await responder.screenshotIn('es', 'rapid-12-call-offered-es-phone', responder.offer(ZONE).getByRole('button', { name: 'Aceptar' }));
    await responder.accept(ZONE, '15 min');
    await responder.state(ZONE, 'On the way').waitFor();
    await responder.offer(ZONE).getByText('Accepted. Stay safe and observe from a lawful distance.').waitFor();
    await responder
      .offer(ZONE)
      .getByText(/^Expected by 10:30\sAM$/)
      .waitFor();
    await responder.screenshot('rapid-13-call-accepted-en-phone');

    // The board shows him on the way, expected 15 minutes after accepting (the server's clock stands at 10:15).
    const board = new BoardPage(marisol.page);
    await board.open(network.server().publicUrl);
    await board.heading('Dispatch board').waitFor();
    await board.responderState(ZONE, 'Tou', 'On the way').waitFor();
    await board
      .responder(ZONE, 'Tou')
      .getByRole('cell', { name: /^10:30\sAM$/ })
      .waitFor();
    await board.screenshot('rapid-14-board-on-the-way-en');

    // 6. On scene, with the legal-observer checklist: what the agency did and its markings, nobody's identity.
    await responder.onScene(ZONE);
    await responder.state(ZONE, 'On scene').waitFor();
    await responder.recordObservation(ZONE, {
      whatSeen: 'Four agents questioning people at the bus stop; one person put in a grey SUV.',
      agencyMarkings: 'Vests marked POLICE ICE',
      vehicleMarkings: 'Grey Ford Explorer, no agency markings',
      peopleCount: 4,
    });
    await responder.offer(ZONE).getByRole('heading', { name: 'Saved observations' }).waitFor();
    await expectFitsAndAccessible(tou.page, '/dispatch on scene');
    await responder.screenshot('rapid-15-on-scene-checklist-en-phone');

    await nextPoll(marisol.page);
    await board.responderState(ZONE, 'Tou', 'On scene').waitFor();
    await board.incident(ZONE).getByText('Vests marked POLICE ICE').first().waitFor();
    await board.incident(ZONE).getByRole('heading', { name: 'Observations on scene' }).waitFor();
    await expectFitsAndAccessible(marisol.page, '/dispatch/board');
    await board.screenshot('rapid-16-board-on-scene-en');
    await board.screenshotIn('es', 'rapid-17-board-on-scene-es', board.responderState(ZONE, 'Tou', 'En el lugar'));

    // 7. Cleared: the call leaves his list; the board keeps the record.
    await responder.leaveScene(ZONE);
    await responder.announcement(`The call in ${ZONE} is over for you.`).waitFor();
    await responder.offer(ZONE).waitFor({ state: 'detached' });
    await responder.noCalls().waitFor();
    await responder.screenshot('rapid-18-cleared-en-phone');
    // The board's clock runs, so its own 10 s poll may already have shown this; the next one surely does.
    await nextPoll(marisol.page);
    await board.responderState(ZONE, 'Tou', 'Cleared').waitFor();
    await board.screenshot('rapid-19-board-cleared-en');

    // The incident's timeline tells the whole story, each step in words.
    await detail.open(network.server().publicUrl, reportId);
    await detail.heading(`Report: ${ZONE}`).waitFor();
    await detail.timeline().getByText('Confirmed', { exact: true }).waitFor();
    const steps = await detail.timelineSteps();
    for (const step of ['Reported on the public form', 'A verifier took it', 'Confirmed'])
      assert.ok(steps.includes(step), `the timeline shows "${step}": ${JSON.stringify(steps)}`);
    const raw = steps.filter((s) => /^[a-z_]+(\.[a-z_]+)+$/.test(s));
    assert.deepEqual(raw, [], 'every step of the timeline is in words');
    await detail.screenshot('rapid-20-timeline-en');

    // 8. Expiry at 2 h, on the pinned clocks. A minute before: still there, counting down.
    network.clock.set(T0 + 2 * HOUR - MINUTE);
    await sam.page.clock.setSystemTime(T0 + 2 * HOUR - MINUTE);
    await samAlerts.open(network.server().publicUrl);
    await samAlerts
      .alert(HEADLINE)
      .getByRole('timer')
      .filter({ hasText: /^Expires in [0-5]?\d s$/ })
      .waitFor();
    await samAlerts.screenshot('rapid-21-alert-last-minute-en-phone');
    network.clock.set(T0 + 2 * HOUR - 1000);
    assert.deepEqual(await samAlerts.activeFromServer(), [alertId], 'active 1 s before 2 h');
    network.clock.set(T0 + 2 * HOUR);
    assert.deepEqual(await samAlerts.activeFromServer(), [], 'gone at 2 h');
    // The page drops it by itself when its clock passes the expiry, with no reload (its clock learnt the
    // server's time when the list loaded, a moment after it was set; 5 s covers a slow machine).
    await sam.page.clock.fastForward(MINUTE + 5000);
    await samAlerts.noAlerts().waitFor({ timeout: 3000 });
    assert.equal(await samAlerts.alert(HEADLINE).count(), 0);
    network.clock.set(T0 + 2 * HOUR + 1000);
    assert.deepEqual(await samAlerts.activeFromServer(), [], 'and stays gone');
    await samAlerts.screenshot('rapid-22-alert-expired-en-phone');
    // Its page, opened from a link kept elsewhere, says so.
    await sam.page.goto(`${network.server().publicUrl}/alerts/${encodeURIComponent(alertId)}`);
    await sam.page.getByRole('status').filter({ hasText: 'This alert has expired.' }).waitFor();
    assert.equal(await samAlerts.countdown().count(), 0, 'no countdown left');
    await samAlerts.screenshot('rapid-23-alert-page-expired-en-phone');

    assert.deepEqual(alertEvents(graceEvents), [], 'Grace, watching another zone, never got the alert');
    for (const [who, p] of Object.entries({ sam, grace, tou, marisol, reporter })) {
      assert.deepEqual(p.requests.thirdParty(), [], `${who} contacted no one else`);
      assert.deepEqual(p.problems, [], `${who}: no CSP, Trusted Types or page errors`);
    }
  },
  { timeout: 180_000 },
);
