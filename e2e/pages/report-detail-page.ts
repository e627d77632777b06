import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export type VerificationMethod = 'A responder on the scene' | 'Photo or video' | 'A trusted source';

/** /reports/:id — one report: the verifier's decision, the alert composer and the incident's timeline. */
export class ReportDetailPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, id: string) {
    await this.page.goto(`${baseUrl}/reports/${encodeURIComponent(id)}`);
  }

  /** The report's id, from the address of its page. */
  reportId() {
    return decodeURIComponent(new URL(this.page.url()).pathname.split('/').at(-1) ?? '');
  }

  duplicates() {
    return this.page.getByRole('region', { name: 'Possible duplicates' });
  }

  async take() {
    await this.page.getByRole('button', { name: 'Take it' }).click();
    await this.page.getByText('This report is being verified.').waitFor();
  }

  async confirm(method: VerificationMethod, note?: string) {
    await this.page.getByRole('radio', { name: 'Confirm' }).check();
    await this.page.getByRole('combobox', { name: 'How was it confirmed?' }).selectOption({ label: method });
    if (note) await this.page.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await this.page.getByRole('button', { name: 'Record the decision' }).click();
  }

  composer() {
    return this.page.getByRole('region', { name: 'Send an alert' });
  }

  /** The preview's audience line, once the server has answered ("Members it reaches: 3"). */
  audience() {
    return this.composer().getByText(/^Members it reaches: \d+$/);
  }

  expiryField() {
    return this.composer().getByRole('combobox', { name: 'Expires after' });
  }

  sendAlertButton() {
    return this.composer().getByRole('button', { name: 'Send alert' });
  }

  alertSent() {
    return this.composer()
      .getByRole('status')
      .filter({ hasText: /^Alert sent\. Members it reached: \d+\.$/ });
  }

  timeline() {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  /** The timeline's steps as shown: "<time> <what happened> <who>". */
  async timelineSteps() {
    return this.timeline()
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.querySelector('.timeline-action')?.textContent?.trim() ?? ''));
  }
}
