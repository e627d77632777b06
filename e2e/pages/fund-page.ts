import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface DisbursementInput {
  /** The fund as the form lists it in English ("Rent relief"). */
  fund: string;
  /** The kind of help in English ("Rent"). */
  category: string;
  /** Dollars as typed ("900"). */
  amount: string;
  payee: string;
  payeeDetails?: string;
  reason: string;
}

/** /funds, /funds/:id, /fund/treasury, /fund/approvals and /fund/disbursements/new. */
export class FundPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async openFunds(baseUrl: string) {
    await this.page.goto(`${baseUrl}/funds`);
  }

  async openTreasury(baseUrl: string) {
    await this.page.goto(`${baseUrl}/fund/treasury`);
  }

  /** A fund's card on /funds, by its name. */
  fundCard(name: string) {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** From /funds to a fund's public page. */
  async openFund(name: string) {
    await this.fundCard(name).getByRole('link', { name }).click();
    await this.heading(name).waitFor();
  }

  /** The id of the fund whose public page is open. */
  fundId(): string {
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  paidOut() {
    return this.section(/^(Paid out, by kind of help|Pagado, por tipo de ayuda)$/);
  }

  ledgerHead() {
    return this.section(/^(Check the books|Revisa las cuentas)$/);
  }

  /** The row of a fund in the treasury's table. */
  fundRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The fund's "Raised" cell in the treasury's table, once it says `amount` ("$36,420.00"). */
  raised(name: string, amount: string) {
    return this.fundRow(name).getByRole('cell').nth(1).filter({ hasText: amount });
  }

  async pickFund(name: string) {
    await this.page.getByLabel('Fund', { exact: true }).selectOption({ label: name });
  }

  async recordDonation(d: { amount: string; method: string; donor?: string; note?: string }) {
    const form = this.section('Record a donation');
    await form.getByLabel('Amount in dollars').fill(d.amount);
    await form.getByLabel('How it was given').selectOption({ label: d.method });
    if (d.donor !== undefined) await form.getByLabel("Donor's name (private, optional)").fill(d.donor);
    if (d.note !== undefined) await form.getByLabel('Note (private, optional)').fill(d.note);
    await form.getByRole('button', { name: 'Record donation' }).click();
  }

  importer() {
    return this.section('Import a payment export');
  }

  /** Chooses an export file (its text) and asks what it holds. */
  async checkImport(fileName: string, csv: string) {
    await this.importer()
      .getByLabel('Export file (CSV)')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await this.importer().getByRole('button', { name: 'Check file' }).click();
  }

  async runImport() {
    await this.importer().getByRole('button', { name: 'Import this file' }).click();
  }

  async verifyLedger() {
    await this.section('Check the ledger').getByRole('button', { name: 'Check the ledger' }).click();
  }

  /** A disbursement waiting on /fund/approvals, by its heading ("$900.00 for Rent from Rent relief"). */
  disbursement(heading: string) {
    return this.page.getByRole('article', { name: heading, exact: true });
  }

  async approve(heading: string) {
    await this.disbursement(heading)
      .getByRole('button', { name: `Approve ${heading}` })
      .click();
  }

  async askForMoney(d: DisbursementInput) {
    await this.heading('Ask the fund to pay').waitFor();
    await this.page.getByLabel('Fund', { exact: true }).selectOption({ label: d.fund });
    await this.page.getByLabel('Kind of help').selectOption({ label: d.category });
    await this.page.getByLabel('Amount in dollars').fill(d.amount);
    await this.page.getByLabel('Pay to', { exact: true }).fill(d.payee);
    if (d.payeeDetails !== undefined) await this.page.getByLabel('How to pay them (optional)').fill(d.payeeDetails);
    await this.page.getByLabel('Why', { exact: true }).fill(d.reason);
    await this.page.getByRole('button', { name: 'Ask the fund' }).click();
  }
}
