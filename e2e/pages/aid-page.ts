import type { Page } from 'playwright-core';
import { en } from '../../src/modules/aid/ui/locales/en';
import { es } from '../../src/modules/aid/ui/locales/es';
import { AppShell } from './app-shell';

/** The aid pages' own strings, so one page object serves the English and the Spanish run. */
export const AID_STRINGS = { en, es };
export type AidStrings = typeof en;

export interface AidRequestInput {
  household: string;
  /** The neighbourhood as the list shows it. */
  zone: string;
  address: string;
  contact: string;
  details: string;
  notes: string;
  /** The language the household speaks, as the form labels it. */
  language: string;
}

/** /aid, /aid/new, /aid/:id and the household's receipt page /aid/r/:token. */
export class AidPage extends AppShell {
  constructor(
    page: Page,
    readonly s: AidStrings,
  ) {
    super(page);
  }

  /** Opens the form; in another language than the device's, pick it first, then wait for `heading(s.form.title)`. */
  async openNew(baseUrl: string) {
    await this.page.goto(`${baseUrl}/aid/new`);
    await this.page.locator('main form').waitFor();
  }

  /** Fills the form for a household on the hotline, marks the place inside the chosen neighbourhood, and sends it. */
  async fileOnBehalf(r: AidRequestInput) {
    const form = this.page.locator('main form');
    await form.getByLabel(this.s.form.household).fill(r.household);
    await form.getByLabel(this.s.form.kind).selectOption({ label: this.s.kinds.groceries });
    await form.getByLabel(this.s.form.zone, { exact: true }).selectOption({ label: r.zone });
    await form.getByRole('button', { name: this.s.form.showMap }).click();
    // The map frames the chosen neighbourhood: a tap in its middle marks a place inside it.
    await this.page.locator('.aid-map.leaflet-container').click();
    await form.getByText(this.s.form.pointChosen).waitFor();
    await form.getByLabel(this.s.form.address, { exact: true }).fill(r.address);
    await form.getByLabel(this.s.form.contact).fill(r.contact);
    await form.getByLabel(this.s.form.details).fill(r.details);
    await form.getByLabel(this.s.form.notes).fill(r.notes);
    await form.getByRole('group', { name: this.s.form.languages }).getByLabel(r.language, { exact: true }).check();
    await form.getByRole('button', { name: this.s.form.submit }).click();
    await this.page.getByRole('heading', { name: this.s.filed.done }).waitFor();
  }

  /** The household's receipt link, as the filer sees it once. */
  async receiptLink(): Promise<string> {
    return this.page.getByLabel(this.s.receiptLink.label).inputValue();
  }

  async openTasks(baseUrl: string) {
    await this.page.goto(`${baseUrl}/aid`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** A task in the list, found by the details written for volunteers. */
  task(details: string) {
    return this.page.getByRole('article').filter({ hasText: details });
  }

  claimSection() {
    return this.page.getByRole('region', { name: this.s.claim.title });
  }

  async step(label: string, then: string) {
    await this.claimSection().getByRole('button', { name: label }).click();
    await this.claimSection().getByText(then).waitFor();
  }

  privateDetails() {
    return this.page.getByRole('region', { name: this.s.private.title });
  }
}
