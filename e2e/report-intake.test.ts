import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { HotlinePage } from './pages/hotline-page';
import { ReportPage } from './pages/report-page';
import { SignInPage } from './pages/sign-in-page';
import { browserTest, recordRequests } from './support/browser';
import { expectFitsAndAccessible, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * Report intake: an anonymous visitor on a 360 px phone files a sighting in English (with "use my
 * location") and in Spanish (from the list); a dispatcher enters a phoned-in one with the keyboard
 * only and sees both as possible duplicates in the live queue; a verifier confirms it.
 */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 900 };
/** In Powderhorn Park, Minneapolis. */
const WHERE = { latitude: 44.942136, longitude: -93.254992 };

const isFocused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

browserTest(
  'a sighting reported anonymously in two languages, entered from a call by keyboard, suggested as duplicates and confirmed',
  async ({ browser }) => {
    const phone = await browser.newContext({ viewport: PHONE, geolocation: WHERE, permissions: ['geolocation'], locale: 'en-US' });
    const page = await phone.newPage();
    const problems = watchPageProblems(page);
    const requests = recordRequests(page);
    const filed: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/reports') filed.push(r.postData() ?? '');
    });

    const report = new ReportPage(page, 'en');
    await report.open(server.publicUrl);
    await report.heading('Report a sighting').waitFor();
    await page.getByText(/Reports are deleted 30 days after they are closed/).waitFor();
    await expectFitsAndAccessible(page, '/report');
    await report.screenshot('report-01-form-en-phone');
    // Light on 3G: the cell library and the map come only when someone uses them.
    assert.ok(!requests.urls.some((u) => /h3-js|zone-map|\/api\/zones\/geojson/.test(u)), 'nothing heavy before it is needed');

    // Nothing chosen yet: the error is translated, beside the field, and the field has focus.
    await report.send();
    await page.getByText('Choose the neighbourhood where you saw it.').waitFor();
    assert.ok(await isFocused(page, '#report-zone'), 'the neighbourhood list has focus');

    await report.useMyLocation();
    await page.getByText('You are in Powderhorn Park.').waitFor();
    assert.ok(requests.urls.some((u) => /h3-js/.test(u)));
    assert.equal(await report.zoneSelect().evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text), 'Powderhorn Park');
    assert.equal(await report.shareExactLocation().isChecked(), false, 'the exact point is not shared unless ticked');
    await report.fill({
      morePeople: 2,
      moreVehicles: 2,
      activity: 'Stopping or questioning people',
      seen: '15 min ago',
      markings: 'Vests marked POLICE ICE',
      equipment: 'Two unmarked grey SUVs',
    });
    assert.equal(await report.peopleField().inputValue(), '3');
    await report.screenshot('report-02-filled-en-phone');
    await report.send();
    await report.thanks().waitFor();
    await page.getByText('Nothing is sent to anyone until a verifier confirms it.').waitFor();
    // The slot for a photo or video (the evidence feature's upload, with this report's token).
    await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
    await expectFitsAndAccessible(page, '/report after filing');
    await report.screenshot('report-03-thanks-en-phone');

    // What left the phone: the neighbourhood and the coarse cell, never the point.
    const sent = JSON.parse(filed.at(-1) ?? '{}') as Record<string, unknown>;
    assert.equal(sent.exactPoint, undefined);
    assert.match(String(sent.cell), /^[0-9a-f]{15}$/);
    assert.ok(!filed.at(-1)?.includes('44.94') && !filed.at(-1)?.includes('-93.25'), 'no coordinate in the request');

    // Spanish, the neighbourhood from the list.
    await report.chooseLanguage('Español');
    await page.getByRole('button', { name: 'Reportar otro avistamiento' }).click();
    const reportEs = new ReportPage(page, 'es');
    await reportEs.heading('Reportar un avistamiento').waitFor();
    assert.ok(!requests.urls.some((u) => /zone-map|leaflet/.test(u)), 'the map is not loaded until asked for');
    await reportEs.openMap();
    await reportEs.fill({
      zone: 'Powderhorn Park',
      morePeople: 3,
      moreVehicles: 1,
      activity: 'Deteniendo o interrogando a personas',
      seen: 'Hace 30 min',
      markings: 'Chalecos POLICE ICE',
    });
    await expectFitsAndAccessible(page, '/report in Spanish');
    await reportEs.screenshot('report-04-filled-es-phone');
    await reportEs.send();
    await reportEs.thanks().waitFor();
    await reportEs.screenshot('report-05-thanks-es-phone');
    assert.equal(JSON.parse(filed.at(-1) ?? '{}').language, 'es');
    assert.deepEqual(requests.thirdParty(), []);
    assert.deepEqual(problems, []);
    await phone.close();

    // The dispatcher's console, keyboard only.
    const desk = await browser.newContext({ viewport: DESK, locale: 'en-US' });
    const staff = await desk.newPage();
    const staffProblems = watchPageProblems(staff);
    const signIn = new SignInPage(staff);
    await signIn.open(server.publicUrl);
    await signIn.demoSignIn('Marisol');
    await staff.waitForURL((url) => url.pathname === '/');
    const hotline = new HotlinePage(staff);
    await hotline.go('Hotline');
    await hotline.heading('Hotline').waitFor();
    await hotline.queue().getByText('Public form').first().waitFor();
    await hotline.tabToZoneField();
    const started = Date.now();
    await hotline.enterCall({ zoneLetters: 'powd', people: 4, vehicles: 2, activityKey: '2', minutesAgo: 10, markings: 'ICE vests' });
    await hotline.filedStatus().waitFor();
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `the call took ${seconds} s to enter`);
    assert.ok(await isFocused(staff, '#hotline-zone'), 'focus is back on the first field for the next call');
    assert.equal(await hotline.zoneField().inputValue(), '');

    // The live queue shows the call with its three best matches (a card shows at most three): the English
    // public report, and the demo network's sightings in the park and next door in Central. The Spanish
    // report, seen 20 minutes before the call and less alike, lists the call among its own.
    const call = hotline.queued('Powderhorn Park', 'Hotline');
    await hotline.duplicatesOf(call).filter({ hasText: 'Possible duplicates: 3' }).waitFor();
    await call.getByRole('link', { name: /^Powderhorn Park · 1[56] min ago$/ }).waitFor();
    await call.getByRole('link', { name: /^Central · \d+ min ago$/ }).waitFor();
    const spanish = hotline.queued('Powderhorn Park', 'Chalecos POLICE ICE');
    await spanish.getByRole('link', { name: /^Powderhorn Park · 1[01] min ago$/ }).waitFor();
    await call.getByText('same activity').first().waitFor();
    await expectFitsAndAccessible(staff, '/hotline');
    await hotline.screenshot('hotline-01-call-and-duplicates-en');

    // A verifier (Marisol is both) confirms the call from its page; the timeline shows each step.
    await call.getByRole('heading').getByRole('link', { name: 'Powderhorn Park' }).click();
    await hotline.heading('Report: Powderhorn Park').waitFor();
    await staff.getByRole('button', { name: 'Take it' }).click();
    await staff.getByText('This report is being verified.').waitFor();
    await staff.getByRole('radio', { name: 'Confirm' }).check();
    await staff.getByRole('combobox', { name: 'How was it confirmed?' }).selectOption({ label: 'Photo or video' });
    await staff.getByRole('button', { name: 'Record the decision' }).click();
    const timeline = staff.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Confirmed', { exact: true }).waitFor();
    for (const step of ['Entered from a hotline call', 'A verifier took it']) await timeline.getByText(step).waitFor();
    await staff.getByRole('region', { name: 'Close the incident' }).waitFor();
    await expectFitsAndAccessible(staff, '/reports/:id');
    await hotline.screenshot('report-detail-01-confirmed-en');

    // The verifiers' list: the two public reports and the two demo ones still wait; the call is now an open incident.
    await hotline.go('Reports');
    await hotline.heading('Reports').waitFor();
    await staff.getByRole('heading', { name: 'Waiting for a verifier: 4' }).waitFor();
    const incidents = staff.getByRole('region', { name: 'Open incidents: 1' });
    await incidents.getByRole('link', { name: 'Powderhorn Park' }).waitFor();
    await expectFitsAndAccessible(staff, '/reports');
    await hotline.screenshot('reports-01-queue-and-incidents-en');
    assert.deepEqual(staffProblems, []);
    await desk.close();
  },
  { timeout: 240_000 },
);
