import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface Observation {
  whatSeen: string;
  agencyMarkings?: string;
  vehicleMarkings?: string;
  peopleCount?: number;
  notes?: string;
}

/** /dispatch — a responder's calls (accept with an ETA, on scene, the legal-observer checklist, cleared). */
export class ResponderPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/dispatch`);
  }

  calls() {
    return this.page.getByRole('region', { name: /^(Calls for me|Llamados para mí)$/ });
  }

  /** What the page announces: "New call in Powderhorn Park.", "The call in … is over for you." */
  announcement(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  noCalls() {
    return this.calls().getByText(/^(No calls right now\.|No hay llamados por ahora\.)$/);
  }

  /** A call, by its neighbourhood. */
  offer(zone: string) {
    return this.calls().getByRole('article', { name: zone, exact: true });
  }

  state(zone: string, state: string) {
    return this.offer(zone).getByText(state, { exact: true });
  }

  async accept(zone: string, etaLabel: string) {
    await this.offer(zone).getByRole('combobox', { name: 'I can be there in' }).selectOption({ label: etaLabel });
    await this.offer(zone).getByRole('button', { name: 'Accept', exact: true }).click();
  }

  async onScene(zone: string) {
    await this.offer(zone).getByRole('button', { name: 'I am on scene' }).click();
  }

  checklist(zone: string) {
    return this.offer(zone).getByRole('form', { name: 'Legal observer checklist' });
  }

  async recordObservation(zone: string, o: Observation) {
    const form = this.checklist(zone);
    await form.getByRole('textbox', { name: 'What you saw' }).fill(o.whatSeen);
    if (o.agencyMarkings) await form.getByRole('textbox', { name: 'Agency markings' }).fill(o.agencyMarkings);
    if (o.vehicleMarkings) await form.getByRole('textbox', { name: 'Vehicle markings' }).fill(o.vehicleMarkings);
    if (o.peopleCount !== undefined) await form.getByRole('spinbutton', { name: 'Agency people present' }).fill(String(o.peopleCount));
    if (o.notes) await form.getByRole('textbox', { name: 'Other notes' }).fill(o.notes);
    await form.getByRole('button', { name: 'Save this observation' }).click();
    await form.getByRole('status').filter({ hasText: 'Observation saved.' }).waitFor();
  }

  async leaveScene(zone: string) {
    await this.offer(zone).getByRole('button', { name: 'I have left the scene' }).click();
  }
}

/** /dispatch/board — every open incident and its responders. */
export class BoardPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/dispatch/board`);
  }

  incident(zone: string) {
    return this.page.getByRole('article', { name: zone, exact: true });
  }

  /** A responder's row in an incident's table, by (part of) their name. */
  responder(zone: string, name: string) {
    return this.incident(zone)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) });
  }

  /** The row's state cell ("On the way", "On scene", "Cleared"). */
  responderState(zone: string, name: string, state: string) {
    return this.responder(zone, name).getByRole('cell', { name: state, exact: true });
  }
}
