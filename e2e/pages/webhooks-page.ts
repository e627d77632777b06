import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /webhooks — organisers' endpoints, the secret shown once, tests and deliveries. */
export class WebhooksPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/webhooks`);
  }

  form() {
    return this.page.getByRole('region', { name: 'Add an endpoint' });
  }

  /** Each endpoint is an article named by its URL. */
  endpoint(url: string) {
    return this.page.getByRole('article', { name: url, exact: true });
  }

  /** The one-time secret's field, labelled with the endpoint's URL. */
  secretField(url: string) {
    return this.page.getByLabel(`Signing secret for ${url}`, { exact: true });
  }

  async addEndpoint(url: string, events: string[]) {
    await this.form().getByLabel('Address (URL)').fill(url);
    for (const event of events) await this.form().getByRole('checkbox', { name: event, exact: true }).check();
    await this.form().getByRole('button', { name: 'Add endpoint' }).click();
  }

  async sendTest(url: string) {
    await this.endpoint(url)
      .getByRole('button', { name: `Send a test to ${url}` })
      .click();
  }

  deliveries(url: string) {
    return this.endpoint(url).getByRole('table', { name: `Recent deliveries to ${url}` });
  }
}
