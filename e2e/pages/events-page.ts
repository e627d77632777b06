import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewEventInput {
  title: string;
  /** The kind as the form shows it in English ("Training"). */
  kind: string;
  /** datetime-local values, e.g. 2027-01-23T11:00 (the phone's time zone). */
  starts: string;
  ends: string;
  place: string;
  capacity?: number;
  description?: string;
}

/** /events, /events/new, /events/:id and /events/:id/check-in. */
export class EventsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async openList(baseUrl: string) {
    await this.page.goto(`${baseUrl}/events`);
  }

  async openEvent(baseUrl: string, id: string) {
    await this.page.goto(`${baseUrl}/events/${id}`);
  }

  async openCheckIn(baseUrl: string, id: string) {
    await this.page.goto(`${baseUrl}/events/${id}/check-in`);
  }

  /** The id of the event whose page is open. */
  eventId(): string {
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  event(title: string) {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  async createEvent(e: NewEventInput) {
    await this.page.getByRole('link', { name: 'New event' }).click();
    await this.heading('New event').waitFor();
    await this.page.getByLabel('Title').fill(e.title);
    await this.page.getByLabel('Kind').selectOption({ label: e.kind });
    await this.page.getByLabel('Starts').fill(e.starts);
    await this.page.getByLabel('Ends').fill(e.ends);
    await this.page.getByLabel('Meeting point').fill(e.place);
    if (e.description !== undefined) await this.page.getByLabel('Description (optional)').fill(e.description);
    if (e.capacity !== undefined) await this.page.getByLabel('Places (optional)').fill(String(e.capacity));
    await this.page.getByRole('button', { name: 'Create event' }).click();
    await this.heading(e.title).waitFor();
  }

  rsvpSection() {
    return this.page.getByRole('region', { name: /^(RSVP|Sheeg inaad imanayso)$/ });
  }

  async rsvpAsVisitor(name: string, contact?: string) {
    const section = this.rsvpSection();
    await section.getByLabel('Your name').fill(name);
    if (contact !== undefined) await section.getByLabel('Phone or email (optional)').fill(contact);
    await section.getByRole('button', { name: 'RSVP', exact: true }).click();
  }

  counts() {
    return this.page.getByRole('region', { name: "Who's coming" });
  }

  calendarLink() {
    return this.page.getByRole('link', { name: 'Add to calendar' });
  }

  /** The organiser's check-in screen. */
  doorCode() {
    return this.page.locator('.door-code strong');
  }

  async searchDoor(text: string) {
    await this.page.getByLabel('Search by name').fill(text);
  }

  async checkIn(name: string) {
    await this.page.getByRole('button', { name: `Check in ${name}` }).click();
  }

  /** The attendee's own check-in with the door's code. */
  async selfCheckIn(code: string, name?: string) {
    await this.page.getByLabel('Check-in code').fill(code);
    if (name !== undefined) await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Check in', exact: true }).click();
  }
}
