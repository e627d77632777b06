import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /members — invites, vouching and roles. */
export class MembersPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async createInvite(roles: string[], hours?: number) {
    for (const role of roles) await this.page.getByRole('checkbox', { name: role, exact: true }).check();
    if (hours !== undefined) await this.page.getByLabel('Link works for (hours)').fill(String(hours));
    await this.page.getByRole('button', { name: 'Create invite link' }).click();
    const field = this.page.getByLabel('Invite link', { exact: true });
    await field.waitFor();
    return field.inputValue();
  }

  member(name: string) {
    return this.page.getByRole('article', { name });
  }

  async vouchFor(name: string) {
    await this.member(name).getByRole('button', { name: 'Vouch' }).click();
    await this.member(name).getByText('You vouched for them.').waitFor();
  }
}
