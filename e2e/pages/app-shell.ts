import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../screenshots');

/** What every page has: navigation, the language switch, and a way to save what it looks like. */
export class AppShell {
  constructor(readonly page: Page) {}

  nav(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  async go(name: string | RegExp) {
    await this.nav(name).click();
  }

  async chooseLanguage(label: 'English' | 'Español' | 'Soomaali' | 'Hmoob') {
    await this.page.getByLabel(/^(Language|Idioma|Luqadda|Lus)$/).selectOption({ label });
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async screenshot(name: string) {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}
