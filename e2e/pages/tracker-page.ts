import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /tracker — the public action tracker — and /tracker/import, where organisers import a CSV. */
export class TrackerPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, query = '') {
    await this.page.goto(`${baseUrl}/tracker${query}`);
  }

  /** One of the four figures, by its label ("Actions", "Cities"…), as shown. */
  async figure(label: string): Promise<string> {
    const term = this.page
      .getByRole('region', { name: 'In numbers' })
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) });
    return (await term.locator('xpath=following-sibling::dd').textContent()) ?? '';
  }

  table() {
    return this.page.getByRole('table');
  }

  rows() {
    return this.table().getByRole('row');
  }

  /** The map's group markers; the map is hidden from assistive technology, so these are found by class. */
  mapMarkers() {
    return this.page.locator('.tracker-map .tracker-cluster');
  }

  mapReady() {
    return this.page.locator('.tracker-map[data-ready="true"]');
  }

  /** The filters fold away while none is set. */
  async filterByCity(city: string) {
    const field = this.page.getByLabel('City', { exact: true });
    if (!(await field.isVisible())) await this.page.getByRole('heading', { name: 'Filter', exact: true }).click();
    await field.fill(city);
    await this.page.getByRole('button', { name: 'Show actions' }).click();
  }

  // The import page.

  async chooseCsv(name: string, csv: string) {
    await this.page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  }

  async startImport() {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  progress() {
    return this.page.getByRole('progressbar', { name: 'Rows imported' });
  }

  progressRegion() {
    return this.page.getByRole('region', { name: 'Progress' });
  }

  badRows() {
    return this.progressRegion().getByRole('listitem');
  }
}
