import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';
import { SignInPage } from './pages/sign-in-page';
import { ZonesPage } from './pages/zones-page';
import { browserTest, recordRequests } from './support/browser';
import { deviceProbe, leaveDeviceTraces, seriousAccessibilityViolations, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/** Every page, on a 360 px phone, in all four languages: accessible, no sideways scrolling, no CSP problem. */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

/** Who opens which pages: each page is seen by a demo member whose roles let them in; null = signed out. */
const PAGES_BY_MEMBER: [member: string | null, paths: string[]][] = [
  [
    null,
    [
      '/sign-in',
      '/report',
      '/campaigns',
      '/my-pledges',
      '/events',
      '/businesses',
      '/businesses/join',
      '/tracker',
      '/funds',
      '/trainings/attend',
    ],
  ],
  [
    'Ayaan',
    [
      '/',
      '/zones',
      '/members',
      '/orgs',
      '/orgs/endorsements',
      '/audit',
      '/settings',
      '/campaigns/new',
      '/events/new',
      '/surveys',
      '/surveys/new',
      '/businesses/review',
      '/tracker/import',
      '/webhooks',
      '/fund/treasury',
      '/fund/approvals',
      '/rides',
      '/rides/riders',
      '/rides/mine',
      '/trainings',
      '/trainings/courses',
      '/trainings/courses/new',
      '/trainings/sessions/new',
      '/trainings/qualifications',
      '/patrols/coverage',
      '/patrols/sites',
      '/patrols/volunteers',
      '/marshals',
      '/assemblies',
      '/assemblies/new',
      '/assemblies/proposals/new',
    ],
  ],
  ['Marisol', ['/reports', '/hotline', '/dispatch/board', '/alerts', '/aid/new', '/aid/filed', '/aid/offers', '/fund/disbursements/new']],
  ['Tou', ['/dispatch', '/aid', '/aid/mine', '/aid/profile', '/trainings/mine', '/trainings/scan', '/patrols/mine', '/patrols/open']],
  ['Grace', ['/cases', '/cases/new', '/marshals/mine']],
];
const LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;
// ~170 full-page screenshots are for people to look at; CI has no one to look, so it skips them unless asked.
const SCREENSHOTS = process.env.CI !== 'true' || process.env.WHISTLE_SCREENSHOTS === '1';

async function signInAsDemo(page: Page, member: string) {
  const signIn = new SignInPage(page);
  await signIn.open(server.publicUrl);
  await signIn.demoSignIn(member);
  await page.waitForURL((url) => url.pathname === '/');
}
const signInAsDemoOrganiser = (page: Page) => signInAsDemo(page, 'Ayaan');

browserTest(
  'every page works at 360 px in English, Spanish, Somali and Hmong with no serious axe findings',
  async ({ browser }) => {
    for (const [member, paths] of PAGES_BY_MEMBER) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const problems = watchPageProblems(page);
      const requests = recordRequests(page);
      if (member) await signInAsDemo(page, member);
      else await page.goto(`${server.publicUrl}/sign-in`);
      const shell = new AppShell(page);
      for (const lang of LANGUAGES) {
        await page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
        for (const path of paths) {
          await page.goto(`${server.publicUrl}${path}`);
          await page
            .getByRole('heading', { level: 1 })
            .waitFor()
            .catch(async (err: Error) => {
              await shell.screenshot(`every-page-failed-${lang}${path.replaceAll('/', '-')}`);
              throw new Error(`${path} in ${lang} as ${member ?? 'a visitor'}: ${err.message}`);
            });
          assert.equal(await page.getAttribute('html', 'lang'), lang, `${path} in ${lang}`);
          assert.deepEqual(await seriousAccessibilityViolations(page), [], `${path} in ${lang}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${path} in ${lang} scrolls sideways by ${overflow}px`);
          if (lang !== 'en' && SCREENSHOTS)
            await shell.screenshot(`every-page-${lang}${path === '/' ? '-home' : path.replaceAll('/', '-')}`);
        }
      }
      assert.deepEqual(requests.thirdParty(), [], `as ${member ?? 'a visitor'}`);
      assert.deepEqual(problems, [], `as ${member ?? 'a visitor'}`);
      await context.close();
    }
  },
  { timeout: 600_000 },
);

browserTest('the accessibility check does find a serious problem when there is one', async ({ page }) => {
  await page.goto(`${server.publicUrl}/sign-in`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/icon.svg';
    document.querySelector('main')?.append(img);
  });
  const found = await seriousAccessibilityViolations(page);
  assert.ok(
    found.some((v) => v.id === 'image-alt'),
    JSON.stringify(found),
  );
});

browserTest('a member picks and saves a zone with the keyboard alone', async ({ page }) => {
  await signInAsDemoOrganiser(page);
  const zones = new ZonesPage(page);
  await page.goto(`${server.publicUrl}/zones`);
  await zones.heading('My zones').waitFor();
  await page.getByLabel('Find a zone').focus();
  await page.keyboard.type('Cedar');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim());
  assert.match(focused ?? '', /Cedar/);
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save my zones' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Your zones are saved.').waitFor();
  const saved = await page.evaluate(async () => ((await (await fetch('/api/me/zones')).json()) as { zoneIds: string[] }).zoneIds.length);
  assert.equal(saved, 1);
});

browserTest('the panic button wipes the device and ends the session (R-DEV-1)', async ({ page }) => {
  await signInAsDemoOrganiser(page);
  const settings = new SettingsPage(page);
  await page.goto(`${server.publicUrl}/settings`);
  await settings.heading('Settings').waitFor();
  await leaveDeviceTraces(page);
  await settings.panic();
  await page.waitForURL(/\/sign-in/);
  assert.deepEqual(await deviceProbe(page), { localStorage: null, sessionStorage: null, indexedDB: false, caches: false });
  const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  assert.equal(registrations, 0);
  assert.equal(await page.evaluate(async () => (await fetch('/api/me')).status), 401);
});

browserTest('the app shell opens offline once it has been visited (PWA)', async ({ context, page }) => {
  await page.goto(`${server.publicUrl}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const manifest = await page.evaluate(
    async () => (await (await fetch('/manifest.webmanifest')).json()) as { name: string; start_url: string },
  );
  assert.equal(manifest.start_url, '/');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  assert.match(title ?? '', /Sign in|Cannot reach Whistle/);
  await context.setOffline(false);
});
