import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /invite#TOKEN — joining with an invite, or the first admin's setup link. */
export class InvitePage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(link: string) {
    await this.page.goto(link);
  }

  nameField() {
    return this.page.getByLabel(/Your name in Whistle|Tu nombre en Whistle/);
  }

  async createPasskey(displayName?: string) {
    if (displayName !== undefined) await this.nameField().fill(displayName);
    await this.page.getByRole('button', { name: /Create my passkey|Crear mi llave de acceso|Crear mi clave/ }).click();
  }
}
