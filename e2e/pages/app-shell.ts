import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const LANGUAGE_CODES = { English: 'en', Español: 'es', Soomaali: 'so', Hmoob: 'hmn' } as const;

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../screenshots');

/** What every page has: navigation, the language switch, and a way to save what it looks like. */
export class AppShell {
  constructor(readonly page: Page) {}

  nav(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  /**
   * Follows a main-navigation link, opening the menu first where a phone folds it away, and then the
   * link's group where the navigation folds many links into groups.
   */
  async go(name: string | RegExp) {
    const nav = this.page.getByRole('navigation');
    const menu = nav.locator('.menu-toggle');
    if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
    const link = this.nav(name);
    if (!(await link.isVisible())) {
      // A closed group's links are hidden, and role locators skip hidden elements unless told.
      const hidden = this.page.getByRole('link', { name, includeHidden: true });
      const group = nav.locator('li.nav-group', { has: hidden }).getByRole('button');
      if ((await group.count()) === 1) await group.click();
    }
    await link.click();
  }

  /** Picks a language and waits until the page shows it (its strings are fetched on demand). */
  async chooseLanguage(label: keyof typeof LANGUAGE_CODES) {
    await this.page.getByLabel(/^(Language|Idioma|Luqadda|Lus)$/).selectOption({ label });
    await this.page.locator(`html[lang="${LANGUAGE_CODES[label]}"]`).waitFor({ state: 'attached' });
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /**
   * The page as a speaker of `lang` sees it (the language kept on the device, the page reloaded), saved
   * once `ready` shows; then the language the page had before, reloaded again.
   */
  async screenshotIn(lang: string, name: string, ready: Locator) {
    const before = await this.page.evaluate((l) => {
      const was = localStorage.getItem('whistle.lang');
      localStorage.setItem('whistle.lang', l);
      return was;
    }, lang);
    await this.page.reload();
    await this.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    await ready.waitFor();
    await this.screenshot(name);
    await this.page.evaluate(
      (l) => (l === null ? localStorage.removeItem('whistle.lang') : localStorage.setItem('whistle.lang', l)),
      before,
    );
    await this.page.reload();
  }

  async screenshot(name: string) {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}
