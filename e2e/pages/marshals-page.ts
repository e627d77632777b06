import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewPostInput {
  /** The kind as the form shows it in English ("Crossing"). */
  kind: string;
  label: string;
  needed: number;
  channel: string;
  instructions: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** /marshals, a plan (/marshals/events/:id), its board and contact sheet, and /marshals/mine. */
export class MarshalsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, path = '/marshals') {
    await this.page.goto(`${baseUrl}${path}`);
  }

  /** The event id of the plan, board or sheet that is open. */
  eventId(): string {
    return new URL(this.page.url()).pathname.split('/')[3];
  }

  async planThePlanner(crowd: number, ratio: number) {
    await this.page.getByLabel('Expected crowd').fill(String(crowd));
    await this.page.getByLabel('One marshal per how many people').fill(String(ratio));
  }

  async savePlan() {
    await this.page.getByRole('button', { name: 'Save the plan' }).click();
    await this.page.getByText('The plan is saved.').waitFor();
  }

  figure(name: string) {
    return this.page.locator('.figure-grid div', { has: this.page.getByText(name, { exact: true }) }).locator('dd');
  }

  /** An organiser's post card, or a board tile, by the post's name (whatever its place along the route). */
  post(label: string) {
    return this.page.getByRole('article', { name: new RegExp(`^\\d+\\. ${escapeRegExp(label)}$`) });
  }

  async addPost(p: NewPostInput) {
    const form = this.page.getByRole('region', { name: 'Add a post' });
    await form.getByLabel('Kind of post').selectOption({ label: p.kind });
    await form.getByLabel('Name of the post').fill(p.label);
    await form.getByLabel('Instructions for the marshals (optional)').fill(p.instructions);
    await form.getByLabel('Marshals needed here').fill(String(p.needed));
    await form.getByLabel('Radio channel (optional)').fill(p.channel);
    await form.getByRole('button', { name: 'Add the post' }).click();
    await this.post(p.label).waitFor();
  }

  async openCandidates(label: string) {
    await this.post(label)
      .getByRole('button', { name: new RegExp(`^Assign a peacekeeper\\W*${escapeRegExp(label)}$`) })
      .click();
    return this.post(label).getByRole('region', { name: `Peacekeepers for ${label}` });
  }

  async assign(label: string, name: string) {
    const panel = await this.openCandidates(label);
    await panel.getByRole('button', { name: `Assign ${name}` }).click();
    await panel.getByText(`${name} is assigned. They get a notification.`).waitFor();
  }

  /** A marshal's own post card on /marshals/mine, by the event's title. */
  myPost(eventTitle: string) {
    return this.page.getByRole('article', { name: eventTitle });
  }

  async checkIn(eventTitle: string) {
    await this.myPost(eventTitle).getByRole('button', { name: 'Check in at my post' }).click();
    await this.myPost(eventTitle)
      .getByText(/^You checked in at /)
      .waitFor();
  }

  async givePhone(eventTitle: string, phone: string) {
    const card = this.myPost(eventTitle);
    await card.getByLabel('My phone for the contact sheet (optional)').fill(phone);
    await card.getByRole('button', { name: 'Save my phone' }).click();
    await card.getByText('Your phone is on the contact sheet.').waitFor();
  }

  sheetRow(label: string) {
    return this.page.getByRole('row', { name: new RegExp(escapeRegExp(label)) });
  }
}
