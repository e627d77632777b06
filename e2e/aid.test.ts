import assert from 'node:assert/strict';
import type { Browser, Response } from 'playwright-core';
import { AID_STRINGS, AidPage } from './pages/aid-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * Mutual aid, with the server's and the browsers' clocks at 10:15 in Minneapolis: Marisol (hotline
 * operator, laptop) files a grocery request for a household → volunteers see only its neighbourhood
 * and ~500 m area → Tou, on a 360 px phone, takes it and only then sees the address (never in the
 * page nor in any response before) → confirms, marks it done → the household opens the receipt link
 * in a fresh browser, without an account, and confirms. Once in English, once in Spanish.
 */
const T0 = nextWinterMorning();

const network = pinnedDemoNetwork(T0);

/** Someone at a browser, with the bodies of every /api response their browser received. */
async function person(browser: Browser, viewport: Viewport, demoMember?: string) {
  const who = await network.person(browser, viewport, demoMember);
  const apiBodies: Promise<string>[] = [];
  who.page.on('response', (res: Response) => {
    if (new URL(res.url()).pathname.startsWith('/api/')) apiBodies.push(res.text().catch(() => ''));
  });
  return { ...who, apiBodies };
}

for (const lang of ['en', 'es'] as const) {
  browserTest(
    `a hotline operator files groceries for a household; a volunteer on a phone claims it and only then sees the address; the household confirms (${lang})`,
    async ({ browser }) => {
      const s = AID_STRINGS[lang];
      const secrets = {
        household: lang === 'en' ? 'Esperanza' : 'Guadalupe',
        address: `1234 Canary Ave, apt ${lang === 'en' ? 7 : 8} (e2e)`,
        contact: `612-555-01${lang === 'en' ? 77 : 88} canary`,
        notes: `Door code canary-${lang}`,
      };
      const details =
        lang === 'en' ? 'Rice, beans and milk for a family of four (e2e).' : 'Arroz, frijoles y leche para una familia de cuatro (e2e).';
      const shot = (p: AidPage, step: string, device: string) => p.screenshot(`aid-${step}-${lang}-${device}`);

      // Marisol, on the hotline laptop, files the request in her language.
      const marisol = await person(browser, LAPTOP, 'Marisol');
      const filer = new AidPage(marisol.page, s);
      await filer.openNew(network.server().publicUrl);
      if (lang === 'es') await filer.chooseLanguage('Español');
      await filer.heading(s.form.title).waitFor();
      await filer.fileOnBehalf({ ...secrets, zone: 'Powderhorn Park', details, language: s.languages[lang] });
      const filed = marisol.page.getByRole('region', { name: s.filed.done });
      await filed.getByText(s.task.title.replace('{{kind}}', s.kinds.groceries).replace('{{zone}}', 'Powderhorn Park')).waitFor();
      await filed.getByText(s.task.whereCell.replace('{{zone}}', 'Powderhorn Park')).waitFor();
      const shown = (await filed.textContent()) ?? '';
      for (const secret of Object.values(secrets)) assert.ok(!shown.includes(secret), `the filed notice shows ${secret}`);
      const receiptUrl = await filer.receiptLink();
      assert.match(receiptUrl, /\/aid\/r\/[\w-]{43}$/);
      await expectFitsAndAccessible(marisol.page, `/aid/new filed (${lang})`);
      await shot(filer, '01-filed', 'laptop');

      // Tou, on a phone, finds it among his tasks and opens it: neighbourhood and area only.
      const tou = await person(browser, PHONE, 'Tou');
      const volunteer = new AidPage(tou.page, s);
      await volunteer.openTasks(network.server().publicUrl);
      if (lang === 'es') await volunteer.chooseLanguage('Español');
      await volunteer.heading(s.tasks.title).waitFor();
      const card = volunteer.task(details);
      await card.waitFor();
      await expectFitsAndAccessible(tou.page, `/aid (${lang})`);
      await shot(volunteer, '02-tasks', 'phone');
      await card.getByRole('link').click();
      await volunteer.claimSection().getByRole('button', { name: s.claim.take }).waitFor();
      await expectFitsAndAccessible(tou.page, `/aid/:id before the claim (${lang})`);
      await shot(volunteer, '03-task', 'phone');
      const before = [await tou.page.content(), ...(await Promise.all(tou.apiBodies))].join('\n');
      for (const secret of Object.values(secrets))
        assert.ok(!before.includes(secret), `before the claim, Tou's browser received ${secret}`);

      // He takes it; only now, and only on asking, the address and contact.
      await volunteer.step(s.claim.take, s.claim.confirm);
      assert.ok(!(await tou.page.content()).includes(secrets.address), 'the claim alone does not show the address');
      await volunteer.claimSection().getByRole('button', { name: s.claim.reveal }).click();
      const revealed = volunteer.privateDetails();
      for (const secret of Object.values(secrets)) await revealed.getByText(secret).waitFor();
      await expectFitsAndAccessible(tou.page, `/aid/:id claimed (${lang})`);
      await shot(volunteer, '04-claimed', 'phone');
      await volunteer.step(s.claim.confirm, s.claim.inProgress);
      await volunteer.step(s.claim.done, s.claim.unavailable.done);
      await shot(volunteer, '05-done', 'phone');

      // The household, on their own phone with no account, opens the link and confirms.
      const household = await person(browser, PHONE);
      const receipt = new AidPage(household.page, s);
      await household.page.goto(receiptUrl);
      await receipt.heading(s.receipt.title).waitFor();
      assert.equal(await household.page.getAttribute('html', 'lang'), lang, 'the page speaks the household’s language');
      await household.page.getByText(s.receipt.state.done).waitFor();
      await expectFitsAndAccessible(household.page, `/aid/r/:token (${lang})`);
      await household.page.getByRole('button', { name: s.receipt.received }).click();
      await household.page.getByText(s.receipt.thanks).waitFor();
      await shot(receipt, '06-receipt', 'phone');
      const householdSaw = [await household.page.content(), ...(await Promise.all(household.apiBodies))].join('\n');
      for (const secret of Object.values(secrets)) assert.ok(!householdSaw.includes(secret), `the receipt page shows ${secret}`);

      // Marisol sees it confirmed among what she filed.
      await marisol.page.goto(`${network.server().publicUrl}/aid/filed`);
      await filer.task(details).getByText(s.filedList.confirmedBy.household).waitFor();
      await shot(filer, '07-filed-list', 'laptop');

      for (const p of [marisol, tou, household]) {
        assert.deepEqual(p.requests.thirdParty(), []);
        assert.deepEqual(p.problems, []);
      }
    },
    { timeout: 300_000 },
  );
}

browserTest('the aid pages fit a 360 px phone in all four languages with no serious axe findings', async ({ browser }) => {
  const pages: [member: string, paths: string[]][] = [
    ['Marisol', ['/aid/new', '/aid/filed', '/aid/offers']],
    ['Tou', ['/aid', '/aid/mine', '/aid/profile']],
  ];
  for (const [member, paths] of pages) {
    const who = await person(browser, PHONE, member);
    const shell = new AidPage(who.page, AID_STRINGS.en);
    for (const lang of ['en', 'es', 'so', 'hmn']) {
      await who.page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
      for (const path of paths) {
        await who.page.goto(`${network.server().publicUrl}${path}`);
        await who.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
        await who.page.locator('main form, main .card').first().waitFor();
        await expectFitsAndAccessible(who.page, `${path} in ${lang} as ${member}`);
        if (lang === 'en' || lang === 'es') await shell.screenshot(`aid-pages${path.replaceAll('/', '-')}-${lang}-phone`);
      }
    }
    assert.deepEqual(who.problems, []);
    assert.deepEqual(who.requests.thirdParty(), []);
  }
});
