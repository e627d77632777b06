import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewAssemblyInput {
  name: string;
  /** The kind as the form shows it in English ("Neighbourhood"). */
  kind: string;
  quorumPercent: number;
  discussionHours: number;
  /** The federation it sends delegates to, by name, and how many seats it has there. */
  parent?: string;
  seats?: number;
}

/** /assemblies and its pages: an assembly and its rules, meetings with check-in, proposals and votes. */
export class AssembliesPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string, path = '') {
    await this.page.goto(`${baseUrl}/assemblies${path}`);
  }

  /** The path of the page open now (`/assemblies/…`), to open it in another browser. */
  path(): string {
    return new URL(this.page.url()).pathname;
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async createAssembly(a: NewAssemblyInput) {
    await this.page.getByRole('link', { name: 'New assembly' }).click();
    await this.heading('New assembly').waitFor();
    await this.page.getByLabel('Name').fill(a.name);
    await this.page.getByLabel('Kind').selectOption({ label: a.kind });
    await this.page.getByLabel('A share of the voting members').check();
    await this.page.getByLabel('Quorum', { exact: true }).fill(String(a.quorumPercent));
    await this.page.getByLabel('Majority needed').selectOption({ label: 'Simple majority' });
    await this.page.getByLabel('Discussion period (hours)').fill(String(a.discussionHours));
    if (a.parent) await this.page.getByLabel('Federation it sends delegates to').selectOption({ label: a.parent });
    if (a.seats !== undefined) await this.page.getByLabel('Delegate seats in its federation').fill(String(a.seats));
    await this.button('Save').click();
    await this.heading(a.name).waitFor();
  }

  async turnOnSecretBallots() {
    await this.page.getByRole('link', { name: 'Edit the assembly and its rules' }).click();
    await this.heading('Edit the assembly').waitFor();
    await this.page.getByLabel('Secret ballots').check();
    await this.button('Save').click();
    await this.page.getByText(/^Secret ballots: nobody can see/).waitFor();
  }

  /** Schedules a meeting from the assembly's page and opens it; ends on the meeting's page. */
  async scheduleAndOpenMeeting(title: string, startsAt: string, agenda: string[]) {
    await this.page.getByRole('link', { name: 'Schedule a meeting' }).click();
    await this.heading('Schedule a meeting').waitFor();
    await this.page.getByLabel('Title').fill(title);
    await this.page.getByLabel('Starts at').fill(startsAt);
    await this.page.getByLabel('Place').fill('Holy Rosary Church, the basement');
    await this.page.getByLabel('Agenda').fill(agenda.join('\n'));
    await this.button('Schedule the meeting').click();
    await this.heading(title).waitFor();
    await this.button('Open the meeting').click();
    await this.page.getByText('Open now').waitFor();
  }

  async join(baseUrl: string, assemblyPath: string) {
    await this.page.goto(`${baseUrl}${assemblyPath}`);
    await this.button('Join this assembly').click();
    await this.page.getByText('You are a member of this assembly.').waitFor();
  }

  async checkIn(baseUrl: string, meetingPath: string) {
    await this.page.goto(`${baseUrl}${meetingPath}`);
    await this.button('Check in').click();
    await this.page.getByText('You are checked in.').waitFor();
  }

  /** Fills the proposal form (reached from a meeting's or an assembly's page) and makes the proposal. */
  async propose(title: string, body: string, meeting: string | null) {
    await this.heading('Make a proposal').waitFor();
    await this.page.getByLabel('Title').fill(title);
    await this.page.getByLabel('The proposal (Markdown)').fill(body);
    if (meeting === null) await this.page.getByLabel('Voted at').selectOption({ label: 'Online, without a meeting' });
    await this.button('Make the proposal').click();
    await this.heading(title).waitFor();
  }

  async vote(baseUrl: string, proposalPath: string, choice: 'Yes' | 'No' | 'Abstain') {
    await this.page.goto(`${baseUrl}${proposalPath}`);
    await this.button(choice).click();
  }

  /** The receipt a secret ballot shows once. */
  async receipt(): Promise<string> {
    const code = this.page.getByRole('alert').locator('.receipt-code');
    return ((await code.textContent()) ?? '').trim();
  }

  async openVote() {
    await this.button('Open the vote').click();
    await this.page.getByText('Vote open').waitFor();
  }

  async closeVote() {
    await this.button('Close the vote and count it').click();
    await this.page.getByText('Decided', { exact: true }).waitFor();
  }

  outcome(name: string) {
    return this.page.getByRole('status').getByText(name, { exact: true });
  }
}
