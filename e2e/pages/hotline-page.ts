import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface CallInput {
  /** A few letters of the neighbourhood; Enter takes the first match. */
  zoneLetters: string;
  people: number;
  vehicles: number;
  /** The activity's number key (1 = patrolling, 2 = stopping people, …). */
  activityKey: string;
  minutesAgo: number;
  markings?: string;
}

/** /hotline — the dispatcher's keyboard console and the live queue beside it. */
export class HotlinePage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/hotline`);
  }

  zoneField() {
    return this.page.getByRole('combobox', { name: 'Neighbourhood' });
  }

  /** Tabs from the top of the page to the first field, as someone without a mouse would. */
  async tabToZoneField(maxTabs = 40) {
    // The form appears once the neighbourhoods have loaded.
    await this.zoneField().waitFor();
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.zoneField().evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('Tab never reached the neighbourhood field');
  }

  /** Enters a call with the keyboard only, starting in the neighbourhood field, and files it with Enter. */
  async enterCall(call: CallInput) {
    const kb = this.page.keyboard;
    await kb.type(call.zoneLetters);
    await kb.press('Enter');
    await kb.press('ControlOrMeta+a');
    await kb.type(String(call.people));
    await kb.press('Tab');
    await kb.press('ControlOrMeta+a');
    await kb.type(String(call.vehicles));
    await kb.press('Tab');
    await kb.press(call.activityKey);
    await kb.press('Tab');
    await kb.press('ControlOrMeta+a');
    await kb.type(String(call.minutesAgo));
    if (call.markings) {
      await kb.press('Tab');
      await kb.type(call.markings);
    }
    await kb.press('Enter');
  }

  filedStatus() {
    return this.page.getByRole('status').filter({ hasText: /^Filed:/ });
  }

  queue() {
    return this.page.getByRole('region', { name: /^Waiting for a verifier/ });
  }

  /** The queue's heading once it counts `count` reports. */
  waiting(count: number) {
    return this.queue().getByRole('heading', { name: new RegExp(`^Waiting for a verifier: ${count}\\b`) });
  }

  /** A report in the queue, by its neighbourhood and what the card says (e.g. "Hotline"). */
  queued(zone: string, text: string | RegExp) {
    return this.queue()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: zone }) })
      .filter({ hasText: text });
  }

  duplicatesOf(item: ReturnType<HotlinePage['queued']>) {
    return item.getByRole('heading', { name: /^Possible duplicates: \d+$/ });
  }
}
