import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewBusinessInput {
  name: string;
  /** As the form shows it in English ("Restaurant"). */
  kind: string;
  address: string;
  lat: string;
  lng: string;
  /** Offers as the form shows them ("Water"); none means closing only. */
  sanctuaryOffers?: string[];
  contact?: string;
}

/** /businesses (the public map and list), /businesses/join (sign-up) and /businesses/review (organisers). */
export class BusinessesPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  /** Each business is an article named by its name, in the list beside the map. */
  business(name: string) {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** The dots on the map (vector paths; the neighbourhood outlines are not interactive). */
  mapDots() {
    return this.page.locator('.business-map path.leaflet-interactive');
  }

  async filter(label: 'All' | 'Closing' | 'Sanctuaries') {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async signUp(b: NewBusinessInput) {
    const p = this.page;
    await p.getByLabel('Business name').fill(b.name);
    await p.getByLabel('Kind of business').selectOption({ label: b.kind });
    await p.getByLabel('Street address').fill(b.address);
    await p.getByLabel('Latitude').fill(b.lat);
    await p.getByLabel('Longitude').fill(b.lng);
    await p.getByRole('checkbox', { name: 'To close on the day of action' }).check();
    if (b.sanctuaryOffers?.length) {
      await p.getByRole('checkbox', { name: /^To be a sanctuary/ }).check();
      for (const offer of b.sanctuaryOffers) await p.getByRole('checkbox', { name: offer, exact: true }).check();
    }
    await p.getByRole('checkbox', { name: /^Show this business/ }).check();
    if (b.contact) await p.getByLabel('Contact for organisers (optional)').fill(b.contact);
    await p.getByRole('button', { name: 'Sign up', exact: true }).click();
  }

  async verify(name: string) {
    await this.business(name)
      .getByRole('button', { name: `Verify ${name}` })
      .click();
  }
}
