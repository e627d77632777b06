import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** What the public form says, in the languages the e2e tests use. */
const WORDS = {
  en: {
    locate: 'Use my location',
    map: 'Choose on a map',
    zone: 'Neighbourhood',
    morePeople: 'One person more',
    moreVehicles: 'One vehicle more',
    people: 'Agents (people)',
    markings: 'Uniforms and agency markings',
    equipment: 'Vehicles and equipment',
    shareExact: 'Share my exact location for this report only',
    send: 'Send report',
    thanks: 'Thank you. Your report was received.',
  },
  es: {
    locate: 'Usar mi ubicación',
    map: 'Elegir en un mapa',
    zone: 'Barrio',
    morePeople: 'Una persona más',
    moreVehicles: 'Un vehículo más',
    people: 'Agentes (personas)',
    markings: 'Uniformes e insignias de la agencia',
    equipment: 'Vehículos y equipo',
    shareExact: 'Compartir mi ubicación exacta solo para este reporte',
    send: 'Enviar reporte',
    thanks: 'Gracias. Recibimos tu reporte.',
  },
} as const;
export type ReportLanguage = keyof typeof WORDS;

export interface SightingInput {
  /** Chosen from the list; leave out after `useMyLocation()`. */
  zone?: string;
  /** Taps on + from the form's starting values (1 person, no vehicle). */
  morePeople?: number;
  moreVehicles?: number;
  /** As the form shows it in the page's language ("Stopping or questioning people"). */
  activity: string;
  /** The quick choice as shown ("15 min ago"). */
  seen?: string;
  markings?: string;
  equipment?: string;
}

/** /report — the public, anonymous sighting form and its thank-you. */
export class ReportPage extends AppShell {
  constructor(
    page: Page,
    private readonly lang: ReportLanguage = 'en',
  ) {
    super(page);
  }

  private get words() {
    return WORDS[this.lang];
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/report`);
  }

  zoneSelect() {
    return this.page.getByRole('combobox', { name: this.words.zone, exact: true });
  }

  async useMyLocation() {
    await this.page.getByRole('button', { name: this.words.locate }).click();
  }

  /** Opens the neighbourhood map (loaded only now) and waits for its shapes. */
  async openMap() {
    await this.page.getByRole('button', { name: this.words.map }).click();
    await this.page.locator('path.leaflet-interactive').first().waitFor();
  }

  shareExactLocation() {
    return this.page.getByRole('checkbox', { name: this.words.shareExact });
  }

  peopleField() {
    return this.page.getByRole('spinbutton', { name: this.words.people });
  }

  async fill(s: SightingInput) {
    if (s.zone) await this.zoneSelect().selectOption({ label: s.zone });
    for (let i = 0; i < (s.morePeople ?? 0); i++) await this.page.getByRole('button', { name: this.words.morePeople }).click();
    for (let i = 0; i < (s.moreVehicles ?? 0); i++) await this.page.getByRole('button', { name: this.words.moreVehicles }).click();
    await this.page.getByRole('radio', { name: s.activity, exact: true }).check();
    if (s.seen) await this.page.getByRole('radio', { name: s.seen, exact: true }).check();
    if (s.markings) await this.page.getByRole('textbox', { name: this.words.markings }).fill(s.markings);
    if (s.equipment) await this.page.getByRole('textbox', { name: this.words.equipment }).fill(s.equipment);
  }

  async send() {
    await this.page.getByRole('button', { name: this.words.send }).click();
  }

  thanks() {
    return this.page.getByRole('heading', { name: this.words.thanks });
  }
}
