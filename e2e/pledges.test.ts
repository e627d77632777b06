import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CampaignEditorPage, CampaignPage, MyPledgesPage } from './pages/campaign-page';
import { SignInPage } from './pages/sign-in-page';
import { browserTest, recordRequests } from './support/browser';
import { expectFitsAndAccessible, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * A campaign from call to count on 360 px phones: an organiser writes and opens it, members sign
 * plain and threshold pledges, the third signer at the workplace meets the threshold of 3, both
 * conditional signers reconfirm, and the public page (open all along) counts it live.
 */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

const PHONE = { width: 360, height: 740 };
const TITLE = 'No work, no school, no shopping';
const WORKPLACE = 'Lakeview Bakery';
const THRESHOLD = 'If 3 people at my workplace pledge (me included)';

/** A datetime-local value `days` from now. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 11).concat('06:00');

async function phone(browser: Browser, who: string | null) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  const requests = recordRequests(page);
  if (who) {
    const signIn = new SignInPage(page);
    await signIn.open(server.publicUrl);
    await signIn.demoSignIn(who);
    await page.waitForURL((url) => url.pathname === '/');
  }
  return { page, problems, requests };
}

async function pledgeAs(browser: Browser, who: string | null, campaignId: string, threshold: boolean, shot?: string) {
  const { page, problems, requests } = await phone(browser, who);
  const campaign = new CampaignPage(page);
  await campaign.open(server.publicUrl, campaignId);
  await campaign.heading(TITLE).waitFor();
  if (shot) {
    if (threshold) await campaign.form().getByRole('radio', { name: 'I will take part if enough others do' }).check();
    await expectFitsAndAccessible(page, `/campaigns/:id as ${who ?? 'a visitor'}`);
    await campaign.screenshot(shot);
  }
  await campaign.pledge({ name: `${who ?? 'Visitor'} (pseudonym)`, workplace: WORKPLACE, ...(threshold ? { threshold: THRESHOLD } : {}) });
  return { page, problems, requests };
}

async function reconfirm(page: Page, shot?: string) {
  const mine = new MyPledgesPage(page);
  await mine.open(server.publicUrl);
  await mine.pledgeCard(TITLE).getByText('Threshold met: please reconfirm').waitFor();
  if (shot) {
    await expectFitsAndAccessible(page, '/my-pledges');
    await mine.screenshot(shot);
  }
  await mine.reconfirm(TITLE);
}

browserTest(
  'organiser opens a campaign; members pledge on phones; the threshold is met once; signers reconfirm; counts follow live',
  async ({ browser }) => {
    const organiser = await phone(browser, 'Ayaan');
    const editor = new CampaignEditorPage(organiser.page);
    const campaignId = await editor.create(server.publicUrl, {
      title: TITLE,
      summary: 'A day without us, until the raids stop.',
      demands: ['End the raids', 'Safe schools'],
      startsAt: inDays(7),
      endsAt: inDays(8),
      thresholds: [{ scope: 'Per workplace', count: 3 }],
      somaliTitle: 'Shaqo la’aan, dugsi la’aan, wax iibsi la’aan',
    });
    await editor.openForPledges();
    await expectFitsAndAccessible(organiser.page, '/campaigns/:id/manage');

    // The public page stays open from here on: its counts must change without a reload.
    const watcher = await phone(browser, null);
    const publicPage = new CampaignPage(watcher.page);
    await publicPage.open(server.publicUrl, campaignId);
    await publicPage.heading(TITLE).waitFor();
    await publicPage.waitForCounts({ 'In total': 0 });
    await publicPage.endorsers().getByRole('link', { name: 'Endorse as an organisation' }).waitFor();

    const tou = await pledgeAs(browser, 'Tou', campaignId, true, 'pledges-01-form-threshold-en-phone');
    const grace = await pledgeAs(browser, 'Grace', campaignId, true);
    await publicPage.waitForCounts({ Pledged: 0, 'In total': 0 });
    assert.equal(await publicPage.count('Threshold met, waiting to reconfirm'), '0', 'conditional pledges stay hidden');

    const marisol = await pledgeAs(browser, 'Marisol', campaignId, false);
    await publicPage.waitForCounts({ Pledged: 1, 'Threshold met, waiting to reconfirm': 2, 'In total': 3 });
    await publicPage.screenshot('pledges-02-threshold-met-en-phone');

    await reconfirm(tou.page, 'pledges-03-reconfirm-en-phone');
    await reconfirm(grace.page);
    const visitor = await pledgeAs(browser, null, campaignId, false, 'pledges-04-form-plain-en-phone');
    await publicPage.waitForCounts({
      Pledged: 2,
      'Threshold met, waiting to reconfirm': 0,
      'Threshold met and reconfirmed': 2,
      'In total': 4,
    });
    await publicPage.waitForCounts({ "Don't go to work": 4 });
    await expectFitsAndAccessible(watcher.page, '/campaigns/:id with counts');
    await publicPage.screenshot('pledges-05-public-en-phone');
    await publicPage.screenshotIn(
      'so',
      'pledges-06-public-so-phone',
      watcher.page.getByRole('heading', { level: 1, name: 'Shaqo la’aan, dugsi la’aan, wax iibsi la’aan' }),
    );

    // The visitor's device keeps the token: My pledges finds the pledge without an account.
    const visitorPledges = new MyPledgesPage(visitor.page);
    await visitorPledges.open(server.publicUrl);
    await visitorPledges.pledgeCard(TITLE).getByText('Pledged', { exact: true }).waitFor();
    await visitorPledges.screenshotIn(
      'so',
      'pledges-07-my-pledges-so-phone',
      visitor.page.getByRole('heading', { level: 1, name: 'Ballamahayga' }),
    );

    await organiser.page.reload();
    const group = editor.group(/lakeview bakery/);
    await group.getByText('In the group: 4 · needed: 3').waitFor();
    await group.getByText(/^Met /).waitFor();
    await expectFitsAndAccessible(organiser.page, '/campaigns/:id/manage after the threshold');
    await editor.screenshot('pledges-08-manage-en-phone');
    const api = await fetch(`${server.baseUrl}/api/campaigns/${campaignId}`);
    const counts = ((await api.json()) as { counts: Record<string, number> }).counts;
    assert.deepEqual([counts.pledged, counts.triggered, counts.reconfirmed, counts.total], [2, 0, 2, 4]);

    for (const who of [organiser, watcher, tou, grace, marisol, visitor]) {
      assert.deepEqual(who.requests.thirdParty(), []);
      assert.deepEqual(who.problems, []);
    }
  },
  { timeout: 300_000 },
);

browserTest('the campaigns list and the demo campaign fit 360 px in all four languages', async ({ browser }) => {
  const { page, problems } = await phone(browser, null);
  for (const lang of ['en', 'es', 'so', 'hmn']) {
    await page.goto(`${server.publicUrl}/campaigns`);
    await page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
    await page.reload();
    await page.getByRole('article').first().waitFor();
    await expectFitsAndAccessible(page, `/campaigns in ${lang}`);
    await page
      .getByRole('link', { name: /\(demo\)$/ })
      .first()
      .click();
    await new CampaignPage(page).form().waitFor();
    await new CampaignPage(page).endorsers().getByRole('listitem').first().waitFor();
    await expectFitsAndAccessible(page, `the demo campaign in ${lang}`);
    if (lang === 'so') await new CampaignPage(page).screenshot('pledges-09-demo-campaign-so-phone');
  }
  assert.deepEqual(problems, []);
});

browserTest("an organiser's editor fits 360 px and is accessible; an open campaign's thresholds are locked", async ({ browser }) => {
  const { page, problems } = await phone(browser, 'Ayaan');
  const editor = new CampaignEditorPage(page);
  await page.goto(`${server.publicUrl}/campaigns/new`);
  await editor.heading('New campaign').waitFor();
  await page.getByRole('button', { name: 'Add a threshold' }).click();
  await page.locator('summary', { hasText: 'Español' }).click();
  await expectFitsAndAccessible(page, '/campaigns/new');
  await editor.screenshot('pledges-10-new-campaign-en-phone');

  await page.goto(`${server.publicUrl}/campaigns`);
  await page
    .getByRole('article', { name: /\(demo\)$/ })
    .getByRole('link', { name: 'Manage this campaign' })
    .click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await editor.heading('Edit campaign').waitFor();
  assert.equal(await page.locator('#threshold-count-0').isDisabled(), true, 'thresholds stay as signers saw them');
  await expectFitsAndAccessible(page, '/campaigns/:id/edit');
  await editor.screenshotIn('so', 'pledges-11-edit-campaign-so-phone', editor.heading('Wax ka beddel ololaha'));
  assert.deepEqual(problems, []);
});
