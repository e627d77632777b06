import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /elections/:id (the ranked ballot, then the results), its published ballots, and the delegate pages of an assembly. */
export class ElectionsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  /** Calls the API as the signed-in person (same origin, their cookie), failing on an error answer. */
  async api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const answer = await this.page.evaluate(
      async ({ method, path, body }) => {
        const res = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, text: await res.text() };
      },
      { method, path, body },
    );
    if (answer.status >= 400) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as T;
  }

  async assemblyId(namePrefix: string): Promise<string> {
    const { assemblies } = await this.api<{ assemblies: { id: string; name: string }[] }>('GET', '/api/assemblies');
    const found = assemblies.find((a) => a.name.startsWith(namePrefix));
    if (!found) throw new Error(`No assembly named ${namePrefix}…`);
    return found.id;
  }

  async openDelegates(baseUrl: string, assemblyId: string) {
    await this.page.goto(`${baseUrl}/assemblies/${assemblyId}/delegates`);
    await this.heading(/^Delegates: /).waitFor();
  }

  async openElection(baseUrl: string, electionId: string, path = '') {
    await this.page.goto(`${baseUrl}/elections/${electionId}${path}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Taps a candidate: they become the next choice. */
  async rank(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^${name}.* Add as \\d+\\w\\w$`) }).click();
  }

  async moveUp(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Move ${name}.* up$`) }).click();
  }

  async moveDown(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Move ${name}.* down$`) }).click();
  }

  async remove(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Remove ${name}`) }).click();
  }

  /** The names in the ranking, first choice first. */
  async ranking(): Promise<string[]> {
    const names = await this.page.getByRole('list', { name: 'Your ranking' }).locator('.rank-name').allTextContents();
    return names.map((n) => n.split(' (')[0] as string);
  }

  /** The focused element's accessible name (its label, else its text). */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  }

  /** Waits until the focus is on the control named `name` (focus moves after the page redraws). */
  async expectFocus(name: RegExp) {
    await this.page
      .waitForFunction(
        (source) => {
          const el = document.activeElement;
          return new RegExp(source).test((el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim());
        },
        name.source,
        { timeout: 2000 },
      )
      .catch(async () => {
        throw new Error(`The focus is on "${await this.focused()}", not ${name}`);
      });
  }

  /** Presses Tab (or Shift+Tab) until the focused control's name matches, as a keyboard user would. */
  async tabTo(name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
    for (let i = 0; i < 40; i++) {
      if (name.test(await this.focused())) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`No control named ${name} within 40 presses of ${key}`);
  }

  /** Says what the last change was, as a screen reader hears it. */
  announced() {
    return this.page.getByRole('status').filter({ hasText: /choice|ranked|cleared/ });
  }

  /** Casts the ballot and answers the receipt code shown once. */
  async cast(): Promise<string> {
    await this.page.getByRole('button', { name: 'Cast my ballot' }).click();
    await this.page.getByRole('button', { name: 'Yes, cast it' }).click();
    await this.page.getByRole('heading', { name: 'Your ballot is in the box' }).waitFor();
    return this.page.getByLabel('Your receipt code').inputValue();
  }

  async findMyBallot(receipt: string) {
    await this.page.getByLabel('Receipt code').fill(receipt);
    await this.page.getByRole('button', { name: 'Find it' }).click();
    await this.page.getByText('Found: this ballot is in the box as you cast it.').waitFor();
  }

  /** On an assembly's delegate page: closes its running delegate election and counts it. */
  async closeElection() {
    await this.page.getByRole('button', { name: 'Close voting and count' }).click();
    await this.page.getByRole('button', { name: 'Yes, close and count' }).click();
    await this.page.getByText(/^Seated: /).waitFor();
  }

  memberAssembly(name: string) {
    return this.page.getByRole('region', { name });
  }
}
