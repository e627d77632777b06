import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface PledgeFormInput {
  name: string;
  /** The threshold as the form words it in English ("If 3 people at my workplace pledge (me included)"); none for a plain pledge. */
  threshold?: string;
  workplace?: string;
  /** Asks to untick (the form starts with every ask of the campaign ticked), as the form shows them in English. */
  untick?: string[];
}

/** /campaigns/:id — a campaign's public page: its counts, endorsers and the pledge form. */
export class CampaignPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, campaignId: string) {
    await this.page.goto(`${baseUrl}/campaigns/${campaignId}`);
  }

  form() {
    return this.page.getByRole('region', { name: /^(Pledge|Comprometerse|Ballan qaad|Cog lus)$/ });
  }

  counts() {
    return this.page.getByRole('region', { name: /^(Who is in|Cidda ku jirta)$/ });
  }

  /** The figure beside a count's label ("Pledged", "In total"…), as shown. */
  async count(label: string): Promise<string> {
    if (label === 'In total') return (await this.counts().locator('.pledge-total-number').textContent()) ?? '';
    return (
      (await this.counts()
        .locator('div', { has: this.page.getByRole('term').getByText(label, { exact: true }) })
        .getByRole('definition')
        .textContent()) ?? ''
    );
  }

  /** Waits until the counts read as given (they change live, without a reload). */
  async waitForCounts(expected: Record<string, number>) {
    for (const [label, value] of Object.entries(expected)) {
      const where =
        label === 'In total'
          ? this.counts().locator('.pledge-total-number')
          : this.counts()
              .locator('div', { has: this.page.getByRole('term').getByText(label, { exact: true }) })
              .getByRole('definition');
      await where.getByText(String(value), { exact: true }).waitFor();
    }
  }

  async pledge(input: PledgeFormInput) {
    const form = this.form();
    if (input.threshold) {
      await form.getByRole('radio', { name: 'I will take part if enough others do' }).check();
      await form.getByRole('radio', { name: input.threshold }).check();
    }
    for (const ask of input.untick ?? []) await form.getByRole('checkbox', { name: ask }).uncheck();
    await form.getByLabel('Name or pseudonym').fill(input.name);
    if (input.workplace) await form.getByLabel(/^Workplace/).fill(input.workplace);
    await form.getByRole('button', { name: 'Pledge', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Thank you: your pledge is in' }).waitFor();
  }

  endorsers() {
    return this.page.getByRole('region', { name: /^(Endorsed by|Con el apoyo de|Waxaa taageeray|Txhawb nqa los ntawm)$/ });
  }
}

/** /my-pledges — the device's (and the member's) pledges, to reconfirm or withdraw. */
export class MyPledgesPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/my-pledges`);
  }

  pledgeCard(campaignTitle: string) {
    return this.page.getByRole('article', { name: campaignTitle });
  }

  async reconfirm(campaignTitle: string) {
    await this.page.getByRole('button', { name: `Yes, I am still in: ${campaignTitle}` }).click();
    await this.pledgeCard(campaignTitle).getByText('Reconfirmed', { exact: true }).waitFor();
  }
}

export interface NewCampaignInput {
  title: string;
  summary: string;
  demands: string[];
  /** datetime-local values, e.g. 2027-01-23T06:00 */
  startsAt: string;
  endsAt: string;
  /** e.g. [{ scope: 'Per workplace', count: 3 }] */
  thresholds: { scope: string; count: number }[];
  somaliTitle?: string;
}

/** /campaigns/new and /campaigns/:id/manage — an organiser writes a campaign, opens it, and follows it. */
export class CampaignEditorPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async create(baseUrl: string, input: NewCampaignInput) {
    await this.page.goto(`${baseUrl}/campaigns/new`);
    await this.heading('New campaign').waitFor();
    await this.page.getByLabel('Title', { exact: true }).fill(input.title);
    await this.page.getByLabel('Summary (optional)', { exact: true }).fill(input.summary);
    await this.page.getByLabel('Demands (optional)', { exact: true }).fill(input.demands.join('\n'));
    await this.page.getByLabel('Starts').fill(input.startsAt);
    await this.page.getByLabel('Ends').fill(input.endsAt);
    for (const [i, threshold] of input.thresholds.entries()) {
      await this.page.getByRole('button', { name: 'Add a threshold' }).click();
      await this.page.locator(`#threshold-scope-${i}`).selectOption({ label: threshold.scope });
      await this.page.locator(`#threshold-count-${i}`).fill(String(threshold.count));
    }
    if (input.somaliTitle) {
      await this.page.locator('summary', { hasText: 'Soomaali' }).click();
      await this.page.getByLabel('Title (Soomaali)').fill(input.somaliTitle);
    }
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    await this.heading(`Manage: ${input.title}`).waitFor();
    return new URL(this.page.url()).pathname.split('/')[2];
  }

  async openForPledges() {
    await this.page.getByRole('button', { name: 'Open for pledges' }).click();
    await this.page.getByRole('link', { name: 'Public page' }).waitFor();
  }

  group(name: RegExp | string) {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name }) });
  }
}
