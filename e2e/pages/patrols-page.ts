import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewSite {
  name: string;
  /** As the list shows it ("School"). */
  kind: string;
  /** A neighbourhood's name ("Bryn Mawr"). */
  zone: string;
}

export interface NewSeries {
  label: string;
  start: string;
  end: string;
  needed: number;
  most: number;
  /** As the list shows it ("legal observer"); none when left out. */
  qualification?: string;
  /** Weekday names to untick from the default Monday–Friday. */
  notOn?: string[];
}

/** The patrol pages: /patrols/mine, /patrols/open, /patrols/coverage, /patrols/sites(/:id), /patrols/volunteers. */
export class PatrolsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, path: '/mine' | '/open' | '/coverage' | '/sites' | '/volunteers') {
    await this.page.goto(`${baseUrl}/patrols${path}`);
  }

  /** Adds a site from /patrols/sites and waits for its own page. */
  async addSite(site: NewSite) {
    const form = this.page.getByRole('form', { name: 'Add site' });
    await form.getByLabel('Name of the place').fill(site.name);
    await form.getByLabel('Kind of place').selectOption({ label: site.kind });
    await form.getByLabel('Neighbourhood').selectOption({ label: site.zone });
    await form.getByRole('button', { name: 'Add site' }).click();
    await this.heading(site.name).waitFor();
  }

  /** Adds recurring shifts on a site's page; resolves once they are saved. */
  async addSeries(series: NewSeries) {
    const form = this.page.getByRole('form', { name: 'Add these shifts' });
    await form.getByLabel('What the shift is for').fill(series.label);
    for (const day of series.notOn ?? []) await form.getByRole('checkbox', { name: day }).uncheck();
    await form.getByLabel('Starts at').fill(series.start);
    await form.getByLabel('Ends at').fill(series.end);
    await form.getByLabel('People needed').fill(String(series.needed));
    await form.getByLabel('Most people').fill(String(series.most));
    if (series.qualification) await form.getByLabel('Qualification needed').selectOption({ label: series.qualification });
    await form.getByRole('button', { name: 'Add these shifts' }).click();
    await this.page
      .getByRole('status')
      .getByText(/^Saved\. Shifts ahead: \d+\./)
      .waitFor();
  }

  /** A shift's card (open shifts, my shifts), by its site's name; the first when there are several. */
  card(site: string) {
    return this.page.getByRole('article', { name: site }).first();
  }

  async signUp(site: string) {
    await this.card(site)
      .getByRole('button', { name: /^(Sign up|Take the offered place)$/ })
      .click();
  }

  async checkIn(site: string) {
    await this.card(site).getByRole('button', { name: 'Check in' }).click();
    await this.card(site)
      .getByText(/^Checked in at /)
      .waitFor();
  }

  /** The chosen shift's list of who holds a place, on the coverage page. */
  shiftRoster() {
    return this.page.getByRole('region', { name: 'Who is on it' });
  }

  /** A shift in the coverage calendar, by site and what its colour says ("enough people", "short of people", "nobody yet"). */
  coverageChip(site: string, colour: string) {
    const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('table').getByRole('button', { name: new RegExp(`${escaped} .*, ${colour}$`) });
  }
}
