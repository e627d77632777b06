import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewRiderInput {
  firstName: string;
  /** As the language list shows it ("Español"). */
  language: string;
  pickupAddress: string;
  pickupZone: string;
  destinationAddress: string;
  destinationZone: string;
  /** Weekday names to untick from the default Monday–Friday. */
  notOn: string[];
  /** "HH:MM", the time the rider must arrive. */
  arriveBy: string;
}

/** /rides (weekly matching), /rides/riders, /rides/mine and a rider's own /rides/r/<token>. */
export class RidesPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, path: '' | '/riders' | '/mine' = '') {
    await this.page.goto(`${baseUrl}/rides${path}`);
  }

  async openLink(link: string) {
    await this.page.goto(link);
  }

  /** Registers a rider on someone's behalf; returns their private link as shown once. */
  async registerRider(r: NewRiderInput): Promise<string> {
    const form = this.page.getByRole('form', { name: 'Register a rider' });
    await form.getByLabel('First name or pseudonym').fill(r.firstName);
    await form.getByLabel('Language of the rider').selectOption({ label: r.language });
    await form.getByLabel('Pickup address').fill(r.pickupAddress);
    await form.getByLabel('Pickup neighbourhood').selectOption({ label: r.pickupZone });
    await form.getByLabel('Destination address (optional)').fill(r.destinationAddress);
    await form.getByLabel('Destination neighbourhood').selectOption({ label: r.destinationZone });
    for (const day of r.notOn) await form.getByRole('checkbox', { name: day }).uncheck();
    await form.getByLabel('when the rider must arrive').check();
    await form.getByLabel('Time', { exact: true }).fill(r.arriveBy);
    await form.getByRole('button', { name: 'Register rider' }).click();
    const link = this.page.getByLabel(`Private link for ${r.firstName}`);
    await link.waitFor();
    return link.inputValue();
  }

  /** A weekday's card on the organiser's page, by its heading ("Tuesday, January 26"). */
  day(heading: string | RegExp) {
    return this.page.getByRole('region', { name: heading });
  }

  pairs(day: string | RegExp) {
    return this.page.getByRole('list', { name: day });
  }

  async match() {
    await this.page.getByRole('button', { name: /^(Match this week|Match again)$/ }).click();
    await this.page.getByRole('status').getByText('Matched.').waitFor();
  }

  async publish() {
    await this.page.getByRole('button', { name: 'Publish this week' }).click();
    await this.page.getByRole('status').getByText('Published. The drivers have been told.').waitFor();
  }

  async revealAddress(rider: string) {
    await this.page
      .getByRole('button', { name: `Show the address for ${rider}` })
      .first()
      .click();
  }
}
