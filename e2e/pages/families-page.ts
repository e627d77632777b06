import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface CaseInput {
  label: string;
  contact: string;
  address?: string;
  household?: string;
  language?: string;
  /** Needs to tick, by their English name ("Rent"), each with its short description. */
  needs?: { kind: string; detail?: string }[];
}

/** /cases, /cases/new and /cases/:id: a caseworker's family cases, and the organisers' overview. */
export class FamiliesPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async openList(baseUrl: string) {
    await this.page.goto(`${baseUrl}/cases`);
  }

  async openCase(baseUrl: string, id: string) {
    await this.page.goto(`${baseUrl}/cases/${id}`);
  }

  /** The id of the case whose page is open. */
  caseId(): string {
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  /** A case in "My cases", by its label. */
  caseCard(label: string) {
    return this.page.getByRole('article', { name: label, exact: true });
  }

  /** From the list to the empty form. */
  async openNewCase() {
    await this.page.getByRole('link', { name: 'Open a case' }).click();
    await this.heading('Open a family case').waitFor();
  }

  async fillCase(c: CaseInput) {
    await this.page.getByLabel('Label', { exact: true }).fill(c.label);
    await this.page.getByLabel('How to reach them').fill(c.contact);
    if (c.address !== undefined) await this.page.getByLabel('Address (optional)').fill(c.address);
    if (c.household !== undefined) await this.page.getByLabel('About the household (optional)').fill(c.household);
    if (c.language !== undefined) await this.page.getByLabel('Preferred language (optional)').fill(c.language);
    for (const need of c.needs ?? []) {
      await this.page.getByRole('checkbox', { name: need.kind, exact: true }).check();
      if (need.detail !== undefined) await this.page.getByLabel(`About this need (${need.kind})`).fill(need.detail);
    }
  }

  /** Fills the form, opens the case and waits for its page. */
  async createCase(c: CaseInput) {
    await this.fillCase(c);
    await this.page.getByRole('button', { name: 'Open the case' }).click();
    await this.heading(c.label).waitFor();
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  needs() {
    return this.section('Needs');
  }

  async addNeed(kind: string, detail = '') {
    const needs = this.needs();
    await needs.getByLabel('Kind of need').selectOption({ label: kind });
    await needs.getByLabel('Short description (optional)').fill(detail);
    await needs.getByRole('button', { name: 'Add the need' }).click();
  }

  /** Marks an open need met (or a met one open again) by its English kind. */
  async toggleNeed(kind: string) {
    await this.needs()
      .getByRole('button', { name: new RegExp(`^(Mark|Open) "${kind}"`) })
      .click();
  }

  notes() {
    return this.section('Notes');
  }

  async addNote(text: string) {
    await this.notes().getByLabel('New note').fill(text);
    await this.notes().getByRole('button', { name: 'Add the note' }).click();
  }

  caseworkers() {
    return this.section('Caseworkers');
  }

  /** Ticks a caseworker (by part of their name) and saves the case's caseworkers. */
  async assignCaseworker(namePart: string, where = this.caseworkers()) {
    await where.getByRole('checkbox', { name: new RegExp(namePart) }).check();
    await where.getByRole('button', { name: 'Save caseworkers' }).click();
    await where.getByText('Caseworkers saved.').waitFor();
  }

  async closeCase(reason: string) {
    const close = this.section('Close the case');
    await close.getByLabel('Why is it closing?').fill(reason);
    await close.getByRole('button', { name: 'Close the case' }).click();
    await this.page.getByRole('button', { name: 'Yes, close it' }).click();
    await this.page.getByText(/This case was closed on/).waitFor();
  }

  /** What a caseworker not assigned to the case sees instead of it. */
  refusal() {
    return this.page.getByRole('alert').filter({ hasText: 'Only the caseworkers assigned to this case can open it' });
  }

  /** The organisers' overview on /cases. */
  overview() {
    return this.section('All cases');
  }
}
