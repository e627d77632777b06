import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /sign-in — passkey sign-in and, on the demo network, demo sign-ins. */
export class SignInPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/sign-in`);
  }

  /** The demo box lists made-up people; the button names them ("Sign in as Ayaan (demo organiser)"). */
  async demoSignIn(namePart: string) {
    await this.page.getByRole('button', { name: new RegExp(`${namePart}.*\\(demo`) }).click();
  }
}
