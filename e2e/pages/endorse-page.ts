import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewOrgSignOn {
  name: string;
  /** The kind as the form shows it in English ("Student group"). */
  kind: string;
  description?: string;
}

/** /campaigns/:id/endorse — an organisation signs on to a campaign, no account needed. */
export class EndorsePage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, campaignId: string) {
    await this.page.goto(`${baseUrl}/campaigns/${campaignId}/endorse`);
  }

  form() {
    return this.page.getByRole('region', { name: 'Sign your organisation on' });
  }

  endorsers() {
    return this.page.getByRole('region', { name: 'Already endorsing' });
  }

  orgSelect() {
    return this.form().getByLabel('Your organisation', { exact: true });
  }

  /** An organisation from the list, with an optional contact for organisers. */
  async signOnListed(name: string, contact = '') {
    await this.form().getByLabel('Yes, I will choose it').check();
    await this.orgSelect().selectOption({ label: name });
    await this.form()
      .getByLabel(/^How organisers can reach you/)
      .fill(contact);
    await this.submit();
  }

  async signOnNew(org: NewOrgSignOn, contact = '') {
    await this.form().getByLabel('No, it is not on the list yet').check();
    await this.form().getByLabel('Name', { exact: true }).fill(org.name);
    await this.form().getByLabel('Kind', { exact: true }).selectOption({ label: org.kind });
    if (org.description !== undefined) await this.form().getByLabel('Description (optional)').fill(org.description);
    await this.form()
      .getByLabel(/^How organisers can reach you/)
      .fill(contact);
    await this.submit();
  }

  async submit() {
    await this.form().getByRole('button', { name: 'Sign on' }).click();
  }

  thanks() {
    return this.page.getByRole('region', { name: 'Thank you' });
  }

  async another() {
    await this.thanks().getByRole('button', { name: 'Sign on another organisation' }).click();
  }
}

/** /orgs/endorsements — an organiser checks the organisations that signed on. */
export class PendingEndorsementsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/orgs/endorsements`);
  }

  /** Each sign-on is an article named by its organisation. */
  item(orgName: string) {
    return this.page.getByRole('article', { name: orgName, exact: true });
  }

  async verify(orgName: string) {
    await this.item(orgName)
      .getByRole('button', { name: /^Verify/ })
      .click();
  }

  async reject(orgName: string) {
    await this.item(orgName)
      .getByRole('button', { name: /^Reject/ })
      .click();
  }
}
