import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { OrgsPage } from './pages/orgs-page';
import { SignInPage } from './pages/sign-in-page';
import { browserTest, recordRequests } from './support/browser';
import { seriousAccessibilityViolations, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * The organisations page on a 360 px phone: a trusted member adds an organisation, which stays off
 * the public list until an organiser verifies it; the page works in all four languages.
 */
let server: ServerProcess;
before(async () => {
  server = await startWhistle();
});
after(() => server?.stop());

const PHONE = { width: 360, height: 740 };
const LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;

type PublicOrg = { id: string; name: string; verified: boolean };

/** GET /api/orgs as anyone on the internet sees it: from Node, with no cookie. */
async function publicOrgs(): Promise<PublicOrg[]> {
  const res = await fetch(`${server.baseUrl}/api/orgs`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { orgs: PublicOrg[] }).orgs;
}

async function signInAs(page: Page, who: string) {
  const signIn = new SignInPage(page);
  await signIn.open(server.publicUrl);
  await signIn.demoSignIn(who);
  await page.waitForURL((url) => url.pathname === '/');
}

async function expectFitsAndAccessible(page: Page, where: string) {
  assert.deepEqual(await seriousAccessibilityViolations(page), [], `axe found serious problems on ${where}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
}

browserTest('an organiser adds an organisation, which is public only once verified', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  const requests = recordRequests(page);
  await signInAs(page, 'Ayaan');

  const orgs = new OrgsPage(page);
  await orgs.go('Organisations');
  await orgs.heading('Organisations').waitFor();
  await orgs.org('Lake Street Neighbours (demo)').getByText('Demo', { exact: true }).waitFor();
  await orgs.org('Lake Street Neighbours (demo)').getByText('Community group').waitFor();
  await orgs
    .form()
    .getByText(/listed publicly only after an organiser verifies it/)
    .waitFor();
  await expectFitsAndAccessible(page, '/orgs');
  await orgs.screenshot('orgs-01-list-en-phone');

  // A name already taken: the server's code, translated, next to the field.
  await orgs.addOrg({ name: 'Lake Street Neighbours (demo)', kind: 'Community group' });
  await orgs.form().getByText('An organisation with this name already exists.').waitFor();
  assert.equal(await orgs.nameField().getAttribute('aria-invalid'), 'true');
  await expectFitsAndAccessible(page, '/orgs with a field error');

  const name = 'Phillips Tenants Union';
  await orgs.addOrg({ name, kind: 'Community group', description: 'Tenants organising in Phillips; eviction watch.' });
  await orgs.form().getByText(`${name} was added. It waits for an organiser to verify it.`).waitFor();
  await orgs.org(name).getByText('Waiting for verification').waitFor();
  assert.equal(await orgs.nameField().inputValue(), '', 'the form is cleared for the next one');
  assert.ok(!(await publicOrgs()).some((o) => o.name === name), 'not public before verification');
  await orgs.screenshot('orgs-02-added-en-phone');

  await orgs.verify(name);
  await page.getByText(`${name} is verified and now listed publicly.`).waitFor();
  assert.equal(await orgs.org(name).getByText('Waiting for verification').count(), 0);
  assert.equal(await orgs.org(name).getByRole('button').count(), 0, 'nothing left to verify');
  const listed = (await publicOrgs()).find((o) => o.name === name);
  assert.ok(listed?.verified, 'public once verified');

  await orgs.chooseLanguage('Español');
  await orgs.heading('Organizaciones').waitFor();
  await orgs.org(name).getByText('Grupo comunitario').waitFor();
  await page.getByText(`${name} está verificada y ya aparece en la lista pública.`).waitFor();
  await expectFitsAndAccessible(page, '/orgs in Spanish');
  await orgs.screenshot('orgs-03-verified-es-phone');

  assert.deepEqual(requests.thirdParty(), []);
  assert.deepEqual(problems, []);
});

browserTest('a trusted member adds an organisation with the keyboard alone; only organisers may verify', async ({ page }) => {
  const problems = watchPageProblems(page);
  await signInAs(page, 'Marisol');
  const orgs = new OrgsPage(page);
  await orgs.open(server.publicUrl);
  await orgs.heading('Organisations').waitFor();
  await orgs.nameField().focus();
  await page.keyboard.type('Roosevelt Student Walkout Crew');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('Kind').inputValue(), 'community');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Students who keep each other safe on the way to school.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add organisation');
  await page.keyboard.press('Enter');
  await orgs.org('Roosevelt Student Walkout Crew').getByText('Waiting for verification').waitFor();
  assert.equal(await page.getByRole('button', { name: /^Verify/ }).count(), 0, 'a verifier is not an organiser');
  assert.ok(!(await publicOrgs()).some((o) => o.name === 'Roosevelt Student Walkout Crew'));
  assert.deepEqual(problems, []);
});

browserTest('a member not yet vouched for sees verified organisations only, and no form', async ({ page }) => {
  await signInAs(page, 'Sam');
  const orgs = new OrgsPage(page);
  await orgs.open(server.publicUrl);
  await orgs.heading('Organisations').waitFor();
  await orgs.org('Volunteer Legal Observers (demo)').waitFor();
  const shown = await page.getByRole('article').count();
  assert.equal(shown, (await publicOrgs()).length);
  assert.equal(await page.getByText('Waiting for verification').count(), 0);
  assert.equal(await orgs.form().count(), 0);
  await page.getByText('Once members vouch for you, you can add an organisation here.').waitFor();
});

browserTest(
  'the organisations page fits 360 px in English, Spanish, Somali and Hmong with no serious axe findings',
  async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    await signInAs(page, 'Ayaan');
    const orgs = new OrgsPage(page);
    for (const lang of LANGUAGES) {
      await page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
      await orgs.open(server.publicUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('article').first().waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await expectFitsAndAccessible(page, `/orgs in ${lang}`);
      if (lang !== 'en') await orgs.screenshot(`orgs-${lang}-phone`);
    }
    assert.deepEqual(problems, []);
  },
  { timeout: 180_000 },
);
