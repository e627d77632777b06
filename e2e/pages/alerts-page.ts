import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /alerts — a member's active alerts, live — and /alerts/:id, one alert with its safety guidance. */
export class AlertsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/alerts`);
  }

  /** "Live: new alerts appear here by themselves." once the event stream is open. */
  liveStatus() {
    return this.page.getByRole('status').filter({ hasText: /^(Live|En vivo):/ });
  }

  activeList() {
    return this.page.getByRole('region', { name: /^(Active alerts|Alertas activas)$/ });
  }

  noAlerts() {
    return this.activeList().getByText(/^(No active alerts for your neighbourhoods\.|No hay alertas activas para sus barrios\.)$/);
  }

  /** An alert card, by (part of) its headline. */
  alert(headline: string | RegExp) {
    return this.activeList().getByRole('article', { name: headline });
  }

  async openAlert(headline: string | RegExp) {
    await this.alert(headline)
      .getByRole('link', { name: /^(Open alert|Abrir la alerta)/ })
      .click();
  }

  /** On an alert's page: the expiry countdown ("Expires in 1 h 59 min"). */
  countdown() {
    return this.page.getByRole('timer');
  }

  guidance() {
    return this.page.getByRole('region', { name: /^(Stay safe|Protéjase)$/ });
  }

  /**
   * Every server-sent event the page receives from now on (any stream), as the browser's network layer
   * sees it: proof of what reached this device, not only of what the page chose to show.
   */
  async recordLiveEvents() {
    const events: { name: string; data: string; at: number }[] = [];
    const cdp = await this.page.context().newCDPSession(this.page);
    cdp.on('Network.eventSourceMessageReceived', (e) => events.push({ name: e.eventName, data: e.data, at: Date.now() }));
    await cdp.send('Network.enable');
    return events;
  }

  /** GET /api/alerts from the page, with its session: what the server says is active for this member. */
  activeFromServer() {
    return this.page.evaluate(async () => {
      const res = await fetch('/api/alerts');
      return ((await res.json()) as { alerts: { id: string }[] }).alerts.map((a) => a.id);
    });
  }
}
