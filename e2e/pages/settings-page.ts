import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /settings — profile, sign out, panic. */
export class SettingsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async signOut() {
    await this.page.getByRole('button', { name: /^(Sign out|Cerrar sesión)$/ }).click();
  }

  async panic() {
    await this.page.getByRole('button', { name: /^(Panic: wipe this device|Emergencia: borrar este dispositivo)$/ }).click();
  }
}
