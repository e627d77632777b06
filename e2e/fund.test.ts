import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { STRIPE_EXPORT } from '../src/modules/fund/csv-import/samples';
import { FamiliesPage } from './pages/families-page';
import { FundPage } from './pages/fund-page';
import { browserTest } from './support/browser';
import { expectFitsAndAccessible } from './support/page-checks';
import { nextWinterMorning } from './support/pinned-clock';
import { LAPTOP, PHONE, pinnedDemoNetwork, type Viewport } from './support/pinned-network';

/**
 * The solidarity fund on the demo network: a treasurer records a donation and imports a Stripe export
 * on a laptop; then Grace (caseworker) opens a family case and asks the rent fund to pay the rent,
 * Ayaan and Hodan approve on their phones, and the public fund page shows the new totals, no names.
 */
const T0 = nextWinterMorning();

const network = pinnedDemoNetwork(T0);

async function person(browser: Browser, viewport: Viewport, demoMember?: string) {
  const who = await network.person(browser, viewport, demoMember);
  return { ...who, fund: new FundPage(who.page) };
}

const publicApi = async (path: string) => (await fetch(`${network.server().baseUrl}${path}`)).text();

browserTest(
  'a treasurer records a donation and imports a processor export on a laptop; the same file again adds nothing',
  async ({ browser }) => {
    const hodan = await person(browser, LAPTOP, 'Hodan');
    await hodan.fund.go('Treasury');
    await hodan.fund.heading('Treasury').waitFor();
    // The demo's gifts to the legal fund come to $36,420.00.
    await hodan.fund.raised('Legal defense fund', '$36,420.00').waitFor();

    await hodan.fund.pickFund('Legal defense fund');
    await hodan.fund.recordDonation({ amount: '250', method: 'Cash', donor: 'Fartun (demo donor)', note: 'At the vigil' });
    await hodan.page.getByText('$250.00 recorded for Legal defense fund.').waitFor();
    await hodan.fund.raised('Legal defense fund', '$36,670.00').waitFor();
    await hodan.fund.section('Latest donations to Legal defense fund').getByText('Fartun (demo donor)').waitFor();

    await hodan.fund.checkImport('payments.csv', STRIPE_EXPORT);
    const importer = hodan.fund.importer();
    await importer.getByText('Format: Stripe payments export').waitFor();
    await importer.getByText('New donations: 3 ($1,359.50)').waitFor();
    await importer.getByText('Refunds to reverse: 1 ($40.00)').waitFor();
    await expectFitsAndAccessible(hodan.page, '/fund/treasury with an import checked');
    await hodan.fund.screenshot('fund-01-import-checked-en-laptop');
    await hodan.fund.runImport();
    await importer.getByText('Imported into Legal defense fund. New donations: 3; refunds reversed: 1.').waitFor();
    // $1,359.50 given, $40.00 of it refunded.
    await hodan.fund.raised('Legal defense fund', '$37,989.50').waitFor();

    await hodan.fund.checkImport('payments.csv', STRIPE_EXPORT);
    await importer.getByText('Already imported, left as they are: 4').waitFor();
    await importer.getByText('Nothing new to import.').waitFor();
    await hodan.fund.checkImport('cards.csv', STRIPE_EXPORT.replace('Maria Gonzalez', '4242 4242 4242 4242'));
    await importer
      .getByRole('alert')
      .getByText(/full card number/)
      .waitFor();

    await hodan.fund.verifyLedger();
    await hodan.page.getByText(/^The ledger is intact: \d+ entries/).waitFor();
    await expectFitsAndAccessible(hodan.page, '/fund/treasury after the import');
    await hodan.fund.screenshot('fund-02-treasury-en-laptop');
    await hodan.fund.screenshotIn('es', 'fund-03-treasury-es-laptop', hodan.fund.heading('Tesorería'));

    const publicText = await publicApi('/api/funds');
    for (const name of ['Fartun', 'Maria', 'vigil']) assert.ok(!publicText.includes(name), `the public list names ${name}`);
    assert.deepEqual(hodan.requests.thirdParty(), []);
    assert.deepEqual(hodan.problems, []);
  },
  { timeout: 240_000 },
);

const LANDLORD = 'Lake Street Apartments';
const REASON = "February rent: the household's earner was detained";
const HEADING = '$900.00 for Rent from Rent relief';

browserTest(
  'a caseworker asks the rent fund to pay for a family case; two treasurers approve on phones; the public page updates, without names',
  async ({ browser }) => {
    const visitor = await person(browser, PHONE);
    await visitor.fund.openFunds(network.server().publicUrl);
    await visitor.fund.openFund('Rent relief');
    const rentId = visitor.fund.fundId();
    await visitor.fund.paidOut().getByText('Nothing has been paid out yet.').waitFor();
    const headBefore = JSON.parse(await publicApi(`/api/funds/${rentId}`)).ledgerHead.seq as number;

    // Grace opens a case for the household and, from it, asks the fund to pay the rent.
    const grace = await person(browser, LAPTOP, 'Grace');
    const families = new FamiliesPage(grace.page);
    await families.openList(network.server().publicUrl);
    await families.openNewCase();
    await families.createCase({ label: 'Household at Bloomington 12', contact: 'The aunt, evenings (demo)', needs: [{ kind: 'Rent' }] });
    const caseId = families.caseId();
    await families.section('Money from the fund').getByRole('link', { name: 'Request a disbursement' }).click();
    await grace.fund.askForMoney({
      fund: 'Rent relief',
      category: 'Rent',
      amount: '900',
      payee: LANDLORD,
      payeeDetails: 'Cheque to the building office',
      reason: REASON,
    });
    await grace.page.getByText('Asked: $900.00 from Rent relief. Two treasurers will approve it.').waitFor();
    await expectFitsAndAccessible(grace.page, '/fund/disbursements/new after asking');
    await grace.fund.screenshot('fund-04-asked-en-laptop');

    // Grace is a treasurer too, but not for her own request.
    await grace.page.goto(`${network.server().publicUrl}/fund/approvals`);
    await grace.fund.disbursement(HEADING).getByText('You asked for this: two other treasurers approve it.').waitFor();

    const ayaan = await person(browser, PHONE, 'Ayaan');
    await ayaan.fund.go('Approvals');
    await ayaan.fund.disbursement(HEADING).getByText(LANDLORD).waitFor();
    await expectFitsAndAccessible(ayaan.page, '/fund/approvals on a phone');
    await ayaan.fund.screenshot('fund-05-approvals-en-phone');
    await ayaan.fund.approve(HEADING);
    await ayaan.page.getByText('Approved. It waits for a second treasurer.').waitFor();
    await ayaan.fund.disbursement(HEADING).getByText('You approved it. It waits for a second treasurer.').waitFor();

    const hodan = await person(browser, PHONE, 'Hodan');
    await hodan.fund.go('Approvals');
    await hodan.fund.disbursement(HEADING).getByText('Waiting for a second approval').waitFor();
    await hodan.fund.screenshotIn(
      'es',
      'fund-06-approvals-es-phone',
      hodan.page.getByRole('button', { name: /^Aprobar 900,00.* para Renta de Ayuda para la renta$/ }),
    );
    await hodan.fund.approve(HEADING);
    await hodan.page.getByText('Approved and paid: $900.00 is recorded in the ledger.').waitFor();
    await hodan.fund.section('Recently decided').getByText('Paid').first().waitFor();

    // The public page: the new totals, the new ledger head, and nobody's name.
    await visitor.page.reload();
    await visitor.fund.paidOut().getByText('$900.00').first().waitFor();
    await visitor.fund.paidOut().getByText('Rent', { exact: true }).waitFor();
    const page = JSON.parse(await publicApi(`/api/funds/${rentId}`)) as { ledgerHead: { seq: number; hash: string } };
    assert.ok(page.ledgerHead.seq > headBefore);
    await visitor.fund.ledgerHead().getByText(page.ledgerHead.hash).waitFor();
    const shown = (await visitor.page.locator('main').textContent()) ?? '';
    for (const secret of [LANDLORD, 'Cheque', REASON, 'Grace', 'Bloomington', 'Fartun'])
      assert.ok(!shown.includes(secret), `the public page shows ${secret}`);
    const api = await publicApi(`/api/funds/${rentId}`);
    for (const secret of [LANDLORD, REASON, caseId]) assert.ok(!api.includes(secret), `the public API sends ${secret}`);
    await expectFitsAndAccessible(visitor.page, '/funds/:id after the payout');
    await visitor.fund.screenshot('fund-07-public-en-phone');
    await visitor.fund.screenshotIn('es', 'fund-08-public-es-phone', visitor.fund.heading('Ayuda para la renta'));
    await visitor.fund.openFunds(network.server().publicUrl);
    await visitor.fund.fundCard('Legal defense fund').getByRole('progressbar').waitFor();
    await expectFitsAndAccessible(visitor.page, '/funds');
    await visitor.fund.screenshot('fund-09-funds-en-phone');

    // Back on the case, Grace sees it paid.
    await families.openCase(network.server().publicUrl, caseId);
    await families
      .section('Money from the fund')
      .getByText(/\$900\.00 from Rent relief · Paid/)
      .waitFor();

    for (const p of [visitor, grace, ayaan, hodan]) {
      assert.deepEqual(p.requests.thirdParty(), []);
      assert.deepEqual(p.problems, []);
    }
  },
  { timeout: 300_000 },
);

browserTest('the fund pages fit 360 px in Spanish, Somali and Hmong with no serious axe findings', async ({ browser }) => {
  const ayaan = await person(browser, PHONE, 'Ayaan');
  await ayaan.fund.openFunds(network.server().publicUrl);
  await ayaan.fund.openFund('Legal defense fund');
  const id = ayaan.fund.fundId();
  for (const lang of ['es', 'so', 'hmn']) {
    await ayaan.page.evaluate((l) => localStorage.setItem('whistle.lang', l), lang);
    for (const path of ['/funds', `/funds/${id}`, '/fund/treasury', '/fund/approvals', '/fund/disbursements/new']) {
      await ayaan.page.goto(`${network.server().publicUrl}${path}`);
      await ayaan.page.getByRole('heading', { level: 1 }).waitFor();
      await ayaan.page.locator('main form, main article, main table, main section').first().waitFor();
      assert.equal(await ayaan.page.getAttribute('html', 'lang'), lang);
      await expectFitsAndAccessible(ayaan.page, `${path} in ${lang}`);
    }
  }
  await ayaan.fund.screenshot('fund-10-request-hmn-phone');
  assert.deepEqual(ayaan.problems, []);
});
