import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { AppShell } from './pages/app-shell';
import { InvitePage } from './pages/invite-page';
import { MembersPage } from './pages/members-page';
import { SettingsPage } from './pages/settings-page';
import { ZonesPage } from './pages/zones-page';
import { addVirtualAuthenticator, browserTest, recordRequests } from './support/browser';
import { deviceProbe, leaveDeviceTraces, seriousAccessibilityViolations, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * Issue #3's acceptance, as a new organiser would do it: the setup link → the first admin's passkey →
 * an invite for a second member in another browser → that member switches to Español, picks zones
 * on the map, is vouched for, and signs out leaving nothing on the phone. Screenshots in e2e/screenshots.
 */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

const PHONE = { width: 360, height: 740 };

async function newPerson(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  // A pinned clock for stable screenshots; timers still run.
  await context.clock.setFixedTime(new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const page = await context.newPage();
  await addVirtualAuthenticator(page);
  return { page, problems: watchPageProblems(page), requests: recordRequests(page) };
}

async function expectAccessible(page: Page, where: string) {
  assert.deepEqual(await seriousAccessibilityViolations(page), [], `axe found serious problems on ${where}`);
}

browserTest(
  'a new organiser sets up Whistle, invites a member who joins in Spanish and picks zones',
  async ({ browser }) => {
    // 1. The first admin opens the one-time setup link printed at start and creates a passkey.
    const admin = await newPerson(browser);
    const adminInvite = new InvitePage(admin.page);
    await adminInvite.open(await server.setupLink());
    await adminInvite.heading(/Set up Whistle for Minneapolis/).waitFor();
    await expectAccessible(admin.page, 'the setup page');
    await adminInvite.screenshot('01-setup-link-en');
    await adminInvite.createPasskey('Founding admin');
    await adminInvite.heading('Hello, Founding admin').waitFor();
    await adminInvite.screenshot('02-admin-home-en');

    // 2. The admin invites a dispatcher (a responder would need a training first: given after it, not by invite).
    const members = new MembersPage(admin.page);
    await members.go('Members');
    await members.heading(/Members/).waitFor();
    const link = await members.createInvite(['Dispatcher'], 48);
    assert.match(link, new RegExp(`^${server.publicUrl}/invite#[\\w-]{40,}$`));
    await expectAccessible(admin.page, 'the members page');
    await members.screenshot('03-members-invite-en');

    // 3. The new member opens the link on a phone, switches to Español and creates a passkey.
    const rosa = await newPerson(browser, PHONE);
    const join = new InvitePage(rosa.page);
    await join.open(link);
    await join.heading(/Minneapolis/).waitFor();
    await join.chooseLanguage('Español');
    await join.heading(/Únete|Unirse|Minneapolis/).waitFor();
    assert.equal(await rosa.page.getAttribute('html', 'lang'), 'es');
    await expectAccessible(rosa.page, 'the invite page in Spanish');
    await join.screenshot('04-invite-es-phone');
    await join.createPasskey('Rosa');
    await join.heading('Hola, Rosa').waitFor();
    await join.screenshot('05-home-es-phone');

    // 4. Rosa picks zones: one on the map, one from the list, and saves.
    const zones = new ZonesPage(rosa.page);
    await zones.go(/Mis zonas/);
    await zones.heading(/Mis zonas/).waitFor();
    await zones.clickMapCentre();
    await zones.filter('Phillips');
    await zones.zone('East Phillips').check();
    await zones.save();
    await rosa.page
      .getByText(/guardad/i)
      .first()
      .waitFor();
    await expectAccessible(rosa.page, 'my zones in Spanish');
    await zones.screenshot('06-zones-es-phone');
    const watched = await rosa.page.evaluate(async () => ((await (await fetch('/api/me/zones')).json()) as { zoneIds: string[] }).zoneIds);
    assert.equal(watched.length, 2, 'the map pick and the list pick were saved');
    await rosa.page.reload();
    await zones.filter('Phillips');
    assert.equal(await zones.zone('East Phillips').isChecked(), true, 'the choice survives a reload');

    // 5. The admin vouches for Rosa; she becomes trusted (R-TRUST-1).
    await admin.page.reload();
    await members.vouchFor('Rosa');
    await members.screenshot('07-admin-vouched-en');
    const me = await rosa.page.evaluate(async () => (await (await fetch('/api/me')).json()) as { trusted: boolean; roles: string[] });
    assert.equal(me.trusted, true);
    assert.deepEqual(me.roles, ['dispatcher', 'member']);

    // 6. The admin reads the audit log.
    const shell = new AppShell(admin.page);
    await shell.go('Audit log');
    await shell.heading('Audit log').waitFor();
    await admin.page
      .getByRole('cell', { name: /member\.vouched/ })
      .first()
      .waitFor();
    await expectAccessible(admin.page, 'the audit log');
    await shell.screenshot('08-audit-en');

    // 7. Rosa signs out: nothing of hers is left on the phone (R-DEV-1).
    const settings = new SettingsPage(rosa.page);
    await settings.go(/Ajustes|Configuración/);
    await leaveDeviceTraces(rosa.page);
    assert.deepEqual(await deviceProbe(rosa.page), { localStorage: 'secret', sessionStorage: 'secret', indexedDB: true, caches: true });
    await settings.signOut();
    await rosa.page.waitForURL(/\/sign-in/);
    assert.deepEqual(await deviceProbe(rosa.page), { localStorage: null, sessionStorage: null, indexedDB: false, caches: false });
    assert.equal(await rosa.page.evaluate(async () => (await fetch('/api/me')).status), 401);

    // R-WEB-1: no request left this machine, and the browser reported no CSP or Trusted Types problem.
    for (const person of [admin, rosa]) {
      assert.deepEqual(person.requests.thirdParty(), []);
      assert.deepEqual(person.problems, []);
    }
  },
  { timeout: 180_000 },
);
