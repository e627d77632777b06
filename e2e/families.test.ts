import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { FamiliesPage } from './pages/families-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { PHONE, pinnedDemoNetwork } from './support/pinned-network';

/**
 * Family support on phones: Grace (demo caseworker) opens a case for a household, records needs and a
 * note, brings in Hodan; Hodan then reads it, Tou (a caseworker not on the case) is refused with a
 * clear message, Ayaan (organiser) sees only counts and caseworkers; Grace closes the case.
 */
const T0 = nextWinterMorning();
const LABEL = 'Household at Cedar 7';
const SECRET = 'Aunt Rosa, after 6 pm, 612-555-0177';

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, demoMember: string) {
  const who = await network.person(browser, PHONE, demoMember);
  return { ...who, cases: new FamiliesPage(who.page) };
}

/** The organiser makes two more demo members caseworkers, as on /members (setup, not what is tested here). */
async function makeCaseworkers(organiser: Page, names: string[]) {
  const status = await organiser.evaluate(async (wanted) => {
    const { members } = (await (await fetch('/api/members')).json()) as { members: { id: string; displayName: string; roles: string[] }[] };
    const results: number[] = [];
    for (const name of wanted) {
      const m = members.find((x) => x.displayName.startsWith(name));
      if (!m) return [0];
      const roles = [...m.roles.filter((r) => r !== 'member'), 'caseworker'];
      const res = await fetch(`/api/members/${m.id}/roles`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roles }),
      });
      results.push(res.status);
    }
    return results;
  }, names);
  assert.deepEqual(
    status,
    names.map(() => 200),
  );
}

browserTest(
  'a caseworker opens a case, adds needs and a note, assigns a colleague; a caseworker not on it is refused; closing works',
  async ({ browser }) => {
    const ayaan = await person(browser, 'Ayaan');
    await makeCaseworkers(ayaan.page, ['Hodan', 'Tou']);

    const grace = await person(browser, 'Grace');
    await grace.cases.go('Family cases');
    await grace.cases.heading('Family cases').waitFor();
    await grace.cases.caseCard('Household at Cedar 3 (demo)').waitFor();
    await expectFitsAndAccessible(grace.page, '/cases as a caseworker');
    await grace.cases.screenshot('families-01-my-cases-en-phone');

    await grace.cases.openNewCase();
    await grace.cases.fillCase({
      label: LABEL,
      contact: SECRET,
      household: 'Children 4 and 9; Spanish at home; Anderson school',
      language: 'Spanish',
      needs: [{ kind: 'Childcare', detail: 'Pickup at 3 pm on weekdays' }, { kind: 'Rent' }],
    });
    await grace.page.getByText('Never write immigration status, A-numbers or Social Security numbers.').first().waitFor();
    await expectFitsAndAccessible(grace.page, '/cases/new');
    await grace.cases.screenshot('families-02-new-case-en-phone');
    await grace.page.getByRole('button', { name: 'Open the case' }).click();
    await grace.cases.heading(LABEL).waitFor();
    const id = grace.cases.caseId();

    await grace.cases.addNeed('Legal referral', 'Clinic on Thursday');
    await grace.cases.needs().getByText('Clinic on Thursday').waitFor();
    await grace.cases.toggleNeed('Rent');
    await grace.cases.needs().getByRole('button', { name: 'Open "Rent" again' }).waitFor();
    // An ID number is refused where it was typed, with the reason.
    await grace.cases.addNote('Father detained, A-number A123456789');
    await grace.cases
      .notes()
      .getByText(/looks like an A-number/)
      .waitFor();
    await grace.cases.addNote('First visit: the children are with their aunt.');
    await grace.cases.notes().getByText('First visit: the children are with their aunt.').waitFor();
    await grace.cases.assignCaseworker('Hodan');
    await expectFitsAndAccessible(grace.page, '/cases/:id as its caseworker');
    await grace.cases.screenshot('families-03-case-en-phone');
    await grace.cases.screenshotIn('es', 'families-04-case-es-phone', grace.cases.heading(LABEL));
    // /cases and /cases/new are in every-page.test.ts; the case page needs a case, so it is checked here.
    for (const lang of ['es', 'so', 'hmn']) {
      await grace.page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
      await grace.page.reload();
      await grace.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await grace.cases.heading(LABEL).waitFor();
      await grace.page.locator('#needs-title').waitFor();
      await expectFitsAndAccessible(grace.page, `/cases/:id in ${lang}`);
    }
    await grace.page.evaluate(() => localStorage.removeItem('whistle.lang'));
    await grace.page.reload();

    // Hodan, now assigned, reads it; Tou, a caseworker not on the case, is refused and told why.
    const hodan = await person(browser, 'Hodan');
    await hodan.cases.openCase(network.server().publicUrl, id);
    await hodan.cases.notes().getByText('First visit: the children are with their aunt.').waitFor();
    const tou = await person(browser, 'Tou');
    await tou.cases.openCase(network.server().publicUrl, id);
    await tou.cases.heading('Not your case').waitFor();
    await tou.cases.refusal().waitFor();
    assert.equal(await tou.page.getByText(SECRET).count(), 0);
    await expectFitsAndAccessible(tou.page, '/cases/:id refused');
    await tou.cases.screenshot('families-05-refused-en-phone');
    await tou.cases.screenshotIn('es', 'families-06-refused-es-phone', tou.cases.heading('No es tu caso'));

    // The organiser sees that the case exists and who works it, never what is in it.
    await ayaan.cases.openList(network.server().publicUrl);
    const overview = ayaan.cases.overview();
    await overview.getByText(/Open: \d+ · Closed: 0/).waitFor();
    await overview.getByText(/Caseworkers: Grace \(demo caseworker\), Hodan/).waitFor();
    assert.equal(await ayaan.page.getByText(LABEL).count(), 0);
    assert.equal(await ayaan.page.getByText(SECRET).count(), 0);
    await expectFitsAndAccessible(ayaan.page, '/cases as an organiser');
    await ayaan.cases.screenshot('families-07-overview-en-phone');

    await grace.cases.closeCase('The family moved in with relatives');
    await grace.page.getByText('Why it was closed: The family moved in with relatives').waitFor();
    assert.equal(await grace.cases.notes().getByLabel('New note').count(), 0, 'a closed case is read-only');
    await grace.cases.screenshot('families-08-closed-en-phone');

    for (const p of [ayaan, grace, hodan, tou]) {
      assert.deepEqual(p.requests.thirdParty(), []);
      assert.deepEqual(p.problems, []);
    }
  },
  { timeout: 240_000 },
);
