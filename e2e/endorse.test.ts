import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { EndorsePage, PendingEndorsementsPage } from './pages/endorse-page';
import { OrgsPage } from './pages/orgs-page';
import { SignInPage } from './pages/sign-in-page';
import { browserTest, recordRequests } from './support/browser';
import { expectFitsAndAccessible, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * Organisations endorse a campaign from a 360 px phone, with no account: nothing is public until the
 * demo organiser verifies them; then they are on the campaign's public endorser list.
 */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

const PHONE = { width: 360, height: 740 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CAMPAIGN_TITLE = 'May Day: no work, no school, no shopping (e2e)';

type Endorser = { orgId: string; name: string; kind: string };

/** GET /api/campaigns/{id}/endorsers as anyone on the internet sees it: from Node, with no cookie. */
async function publicEndorsers(campaignId: string): Promise<{ text: string; endorsers: Endorser[] }> {
  const res = await fetch(`${server.baseUrl}/api/campaigns/${campaignId}/endorsers`);
  assert.equal(res.status, 200);
  const text = await res.text();
  return { text, endorsers: (JSON.parse(text) as { endorsers: Endorser[] }).endorsers };
}

/** The pledges module's demo campaign, which the demo organisations endorse. */
async function demoCampaignId(): Promise<string> {
  const { campaigns } = (await (await fetch(`${server.baseUrl}/api/campaigns`)).json()) as { campaigns: { id: string; demo: boolean }[] };
  const demo = campaigns.find((c) => c.demo);
  assert.ok(demo, 'the demo network has its campaign');
  return demo.id;
}

async function signInAs(page: Page, who: string) {
  const signIn = new SignInPage(page);
  await signIn.open(server.publicUrl);
  await signIn.demoSignIn(who);
  await page.waitForURL((url) => url.pathname === '/');
}

/** The signed-in organiser writes and opens a campaign through the pledges API, with their session. */
async function openCampaign(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const post = async (path: string, body: unknown = {}) => {
    const res = await server.request('POST', path, { cookie, body });
    assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`);
    return (await res.json()) as { id: string };
  };
  const startsAt = Date.now() + HOUR;
  const { id } = await post('/api/campaigns', {
    title: CAMPAIGN_TITLE,
    asks: ['no_work', 'no_school', 'no_shopping'],
    startsAt,
    endsAt: startsAt + DAY,
  });
  await post(`/api/campaigns/${id}/open`);
  return id;
}

const SIGN_ONS = {
  listed: { name: 'Volunteer Legal Observers (demo)', contact: 'observers-desk@example.org' },
  tenants: {
    name: 'Phillips Tenants Union (e2e)',
    kind: 'Community group',
    description: 'Tenants organising in Phillips.',
    contact: 'Signal: phillips-tenants',
  },
  students: { name: 'Roosevelt Student Union (e2e)', kind: 'Student group', contact: '' },
};

browserTest(
  'three organisations endorse a campaign on a phone; they are public once the organiser verifies them',
  async ({ browser }) => {
    const organiserContext = await browser.newContext({ viewport: PHONE });
    const organiserPage = await organiserContext.newPage();
    const organiserProblems = watchPageProblems(organiserPage);
    await signInAs(organiserPage, 'Ayaan');
    const campaignId = await openCampaign(organiserPage);

    // Someone from each organisation, on their own phone, signed out.
    const visitor = await browser.newContext({ viewport: PHONE });
    const page = await visitor.newPage();
    const problems = watchPageProblems(page);
    const requests = recordRequests(page);
    const endorse = new EndorsePage(page);
    await endorse.open(server.publicUrl, campaignId);
    await endorse.heading('Endorse this campaign as an organisation').waitFor();
    await page.getByText(`Campaign: ${CAMPAIGN_TITLE}`).waitFor();
    await endorse.endorsers().getByText('No organisations are listed yet.').waitFor();
    await expectFitsAndAccessible(page, '/campaigns/:id/endorse');
    await endorse.screenshot('endorse-01-form-en-phone');

    // Nothing chosen: the server's answer is shown at the list, in words.
    await endorse.submit();
    await endorse.form().getByText('Please check this entry.').waitFor();
    assert.equal(await endorse.orgSelect().getAttribute('aria-invalid'), 'true');
    await expectFitsAndAccessible(page, 'the endorse form with an error');

    await endorse.signOnListed(SIGN_ONS.listed.name, SIGN_ONS.listed.contact);
    await endorse.thanks().getByText(`${SIGN_ONS.listed.name} will be listed once an organiser has checked it.`).waitFor();
    await endorse.another();
    await endorse.signOnNew(SIGN_ONS.tenants, SIGN_ONS.tenants.contact);
    await endorse.thanks().waitFor();
    await endorse.another();
    await endorse.signOnNew(SIGN_ONS.students);
    await endorse.thanks().getByText(`${SIGN_ONS.students.name} will be listed once an organiser has checked it.`).waitFor();
    await expectFitsAndAccessible(page, 'the thank-you');
    await endorse.screenshot('endorse-02-thanks-en-phone');
    assert.deepEqual((await publicEndorsers(campaignId)).endorsers, [], 'nothing is public before an organiser verifies');

    await endorse.another();
    await endorse.screenshotIn('so', 'endorse-03-form-so-phone', endorse.heading('Ololahan u taageer urur ahaan'));

    // The organiser checks them: contacts are shown to them, and only to them.
    const pending = new PendingEndorsementsPage(organiserPage);
    await pending.open(server.publicUrl);
    await pending.heading('Endorsements to check').waitFor();
    await pending.item(SIGN_ONS.tenants.name).getByText(SIGN_ONS.tenants.contact).waitFor();
    await pending.item(SIGN_ONS.tenants.name).getByText('New organisation').waitFor();
    await pending.item(SIGN_ONS.students.name).getByText('None given').waitFor();
    await expectFitsAndAccessible(organiserPage, '/orgs/endorsements');
    await pending.screenshot('endorse-04-pending-en-phone');
    await pending.screenshotIn('so', 'endorse-05-pending-so-phone', pending.item(SIGN_ONS.students.name));

    for (const { name } of Object.values(SIGN_ONS)) {
      await pending.verify(name);
      await organiserPage.getByText(`${name} now endorses ${CAMPAIGN_TITLE} publicly.`).waitFor();
    }
    await organiserPage.getByText('Nothing is waiting.').waitFor();

    const { text, endorsers } = await publicEndorsers(campaignId);
    assert.deepEqual(
      endorsers.map((e) => e.name).sort(),
      Object.values(SIGN_ONS)
        .map((s) => s.name)
        .sort(),
    );
    assert.deepEqual(Object.keys(endorsers[0]).sort(), ['kind', 'name', 'orgId']);
    for (const { contact } of Object.values(SIGN_ONS)) if (contact) assert.ok(!text.includes(contact), 'no contact on the public list');

    // The public page lists them now, and each has a page of its own.
    await endorse.open(server.publicUrl, campaignId);
    await endorse.endorsers().getByRole('link', { name: SIGN_ONS.tenants.name }).click();
    await endorse.heading(SIGN_ONS.tenants.name).waitFor();
    await page.getByRole('link', { name: CAMPAIGN_TITLE }).waitFor();
    await page.getByText(/shown once there are at least 5/).waitFor();
    await expectFitsAndAccessible(page, '/orgs/:id');
    await endorse.screenshot('endorse-06-org-page-en-phone');
    await endorse.screenshotIn('so', 'endorse-07-org-page-so-phone', page.getByRole('link', { name: CAMPAIGN_TITLE }));

    assert.deepEqual(requests.thirdParty(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(organiserProblems, []);
  },
  { timeout: 240_000 },
);

browserTest('a member links themself to their union; only they see it, and they can sign it on', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await signInAs(page, 'Marisol');
  const union = 'Hotel & Restaurant Workers Local 00 (demo)';
  const orgs = new OrgsPage(page);
  await orgs.open(server.publicUrl);
  await orgs.myOrgs().getByText('You have not linked yourself to an organisation.').waitFor();
  await orgs.linkMe(union);
  await page.getByText(`You are linked to ${union}.`).waitFor();
  await orgs.myOrgs().getByRole('link', { name: union }).waitFor();
  await expectFitsAndAccessible(page, '/orgs with My organisations');
  await orgs.screenshot('endorse-08-my-orgs-en-phone');

  // The organisation's page shows no count for one member, and no name ever.
  const orgId = await page.evaluate(async () => ((await (await fetch('/api/me/orgs')).json()) as { orgs: { id: string }[] }).orgs[0].id);
  const profile = await (await fetch(`${server.baseUrl}/api/orgs/${orgId}`)).json();
  assert.equal((profile as { memberCount: number | null }).memberCount, null);
  assert.ok(!JSON.stringify(profile).includes('Marisol'));

  const campaignId = await demoCampaignId();
  const endorse = new EndorsePage(page);
  await endorse.open(server.publicUrl, campaignId);
  const mine = page.getByRole('region', { name: 'Sign on an organisation you are linked to' });
  await mine.getByRole('button', { name: 'Sign on' }).click();
  // The demo union already endorses the demo campaign.
  await mine.getByText(/already signed on to this campaign/).waitFor();

  await orgs.open(server.publicUrl);
  await orgs.unlinkMe(union);
  await page.getByText(`You are no longer linked to ${union}.`).waitFor();
  await orgs.myOrgs().getByText('You have not linked yourself to an organisation.').waitFor();
  assert.deepEqual(problems, []);
});

browserTest(
  'the endorsement pages fit 360 px in English, Spanish, Somali and Hmong with no serious axe findings',
  async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, 'Ayaan');
    const campaignId = await demoCampaignId();
    const [endorser] = (await publicEndorsers(campaignId)).endorsers;
    const paths = [`/campaigns/${campaignId}/endorse`, `/orgs/${endorser.orgId}`, '/orgs/endorsements'];
    for (const lang of ['en', 'es', 'so', 'hmn']) {
      await page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
      for (const path of paths) {
        await page.goto(`${server.publicUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('.loading').waitFor({ state: 'detached' });
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await expectFitsAndAccessible(page, `${path} in ${lang}`);
      }
    }
    assert.deepEqual(problems, []);
  },
  { timeout: 180_000 },
);
