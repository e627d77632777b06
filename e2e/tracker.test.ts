import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { syntheticIlrCsv } from '../src/modules/tracker/synthetic-csv';
import { SignInPage } from './pages/sign-in-page';
import { TrackerPage } from './pages/tracker-page';
import { browserTest, recordRequests } from './support/browser';
import { expectFitsAndAccessible, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * The action tracker on a 360 px phone: an organiser imports a CSV in the ILR layout through the
 * page, follows its progress, reads the bad rows by line, and finds the actions on the map and in the
 * figures; anyone can read the tracker without signing in.
 */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

const PHONE = { width: 360, height: 740 };

type Totals = { actions: number; cities: number; knownParticipants: number; unknownParticipants: number };
async function publicTotals(query = ''): Promise<Totals> {
  const res = await fetch(`${server.baseUrl}/api/tracker/totals${query}`);
  assert.equal(res.status, 200);
  return (await res.json()) as Totals;
}

const shown = (n: number) => n.toLocaleString('en-US');

async function signInAs(page: Page, who: string) {
  const signIn = new SignInPage(page);
  await signIn.open(server.publicUrl);
  await signIn.demoSignIn(who);
  await page.waitForURL((url) => url.pathname === '/');
}

browserTest(
  'an organiser imports a CSV, sees its progress and bad rows, then finds the actions on the map and in the totals',
  async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    const requests = recordRequests(page);
    await signInAs(page, 'Ayaan');

    const tracker = new TrackerPage(page);
    await tracker.go('Action tracker');
    await tracker.heading('Action tracker').waitFor();
    const before = await publicTotals();
    assert.ok(before.actions >= 30, 'the demo actions are there');
    await tracker.table().getByText('Chicago shutdown rally (demo)', { exact: true }).waitFor();
    assert.equal(await tracker.figure('Actions'), shown(before.actions));
    await tracker.mapReady().waitFor();
    await tracker.mapMarkers().first().waitFor();

    await page.getByRole('link', { name: 'Import a CSV file' }).click();
    await tracker.heading('Import actions').waitFor();
    const { csv, ids, badIds } = syntheticIlrCsv({ rows: 400, badEvery: 80, idPrefix: 'E2E-' });
    await tracker.chooseCsv('ilr-actions.csv', csv);
    await tracker.startImport();
    const done = tracker
      .progressRegion()
      .getByText(`Done: ${shown(ids.length)} of ${shown(ids.length)} rows imported (${shown(ids.length)} new, 0 updated, 0 unchanged).`);
    await done.waitFor();
    assert.equal(await tracker.progress().getAttribute('value'), String(ids.length));
    assert.equal(await tracker.progress().getAttribute('max'), String(ids.length));
    await tracker.progressRegion().getByText(`Rows with problems: ${badIds.length}.`, { exact: false }).waitFor();
    assert.equal(await tracker.badRows().count(), badIds.length);
    assert.match((await tracker.badRows().first().textContent()) ?? '', /^Line \d+, Start Date: "2\/30\/2025" is not a date/);
    await expectFitsAndAccessible(page, '/tracker/import after an import');
    await tracker.screenshot('tracker-01-import-en-phone');
    assert.match(page.url(), /\/tracker\/import\?job=/, 'the job is in the address');
    await tracker.screenshotIn(
      'so',
      'tracker-02-import-so-phone',
      page.getByText(`Safafka dhibaatooyinka leh: ${badIds.length}.`, { exact: false }),
    );

    const after = await publicTotals();
    assert.equal(after.actions, before.actions + ids.length);
    await page.getByRole('link', { name: 'Back to the tracker' }).click();
    await tracker.heading('Action tracker').waitFor();
    await page.getByRole('region', { name: 'In numbers' }).getByText(shown(after.actions), { exact: true }).waitFor();
    assert.equal(await tracker.figure('Cities'), shown(after.cities));
    assert.equal(await tracker.figure('Participants (where known)'), shown(after.knownParticipants));
    assert.equal(await tracker.figure('Actions with no participant count'), shown(after.unknownParticipants));
    await tracker.mapMarkers().first().waitFor();
    await expectFitsAndAccessible(page, '/tracker after an import');
    await tracker.screenshot('tracker-03-map-en-phone');

    // Anchorage is in no demo action: what the map and table show there came from the file.
    await tracker.filterByCity('Anchorage');
    const anchorage = await publicTotals('?city=Anchorage');
    assert.ok(anchorage.actions > 0);
    await page.getByRole('region', { name: 'In numbers' }).getByText(shown(anchorage.actions), { exact: true }).waitFor();
    await tracker
      .table()
      .getByText(/Anchorage, Alaska/)
      .first()
      .waitFor();
    await tracker.mapMarkers().first().waitFor();
    assert.match(page.url(), /\/tracker\?city=Anchorage$/, 'the filtered view is a link');
    await tracker.screenshotIn('so', 'tracker-04-map-so-phone', tracker.mapMarkers().first());

    assert.deepEqual(requests.thirdParty(), []);
    assert.deepEqual(problems, []);
  },
  { timeout: 240_000 },
);

browserTest('anyone reads the tracker without signing in; importing needs an organiser', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  const tracker = new TrackerPage(page);
  await tracker.open(server.publicUrl, '?kind=walkout');
  await tracker.heading('Action tracker').waitFor();
  await tracker.table().getByText('Roosevelt High School students (demo)', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Kind').inputValue(), 'walkout', 'filters come from the link');
  assert.equal(await tracker.figure('Actions'), shown((await publicTotals('?kind=walkout')).actions));
  assert.equal(await page.getByRole('link', { name: 'Import a CSV file' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Verify/ }).count(), 0);
  await expectFitsAndAccessible(page, '/tracker signed out');

  await page.goto(`${server.publicUrl}/tracker/import`);
  await page.waitForURL((url) => url.pathname === '/sign-in');
  assert.deepEqual(problems, []);
});

browserTest(
  'the tracker and its import page fit 360 px in English, Spanish, Somali and Hmong with no serious axe findings',
  async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, 'Ayaan');
    const tracker = new TrackerPage(page);
    for (const lang of ['en', 'es', 'so', 'hmn'] as const) {
      await page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
      // Filtered, so the filter form is open too; as an organiser, with the buttons to manage each action.
      await tracker.open(server.publicUrl, '?state=MN&demand=ice');
      await tracker.table().getByRole('row').nth(1).waitFor();
      await tracker.mapMarkers().first().waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await expectFitsAndAccessible(page, `/tracker in ${lang}`);
      await page.goto(`${server.publicUrl}/tracker/import`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectFitsAndAccessible(page, `/tracker/import in ${lang}`);
    }
    assert.deepEqual(problems, []);
  },
  { timeout: 180_000 },
);
