import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** /surveys and /surveys/:id — answering a survey and reading its (suppressed) results. */
export class SurveyPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  /** On the list, each survey is an article named by its question. */
  survey(question: string | RegExp) {
    return this.page.getByRole('article', { name: question });
  }

  answerForm() {
    return this.page.getByRole('region', { name: /^(Your answer|Jawaabtaada)$/ });
  }

  /** A published row of the results: "Everyone", a group, or "Other groups". */
  resultRow(title: string) {
    return this.page.getByRole('region', { name: /^(Results|Natiijooyinka)$/ }).getByRole('article', { name: title, exact: true });
  }

  async answer(option: string, group: string) {
    await this.answerForm().getByRole('radio', { name: option }).check();
    await this.answerForm()
      .getByRole('combobox', { name: /^Your (workplace|union local|school)$/ })
      .fill(group);
    await this.answerForm()
      .getByRole('button', { name: /^(Send my answer|Change my answer)$/ })
      .click();
  }

  /** The organiser's form at /surveys/new, counted by union local, visible to members only. */
  async createSurvey(survey: { question: string; options: string[]; groups: string[] }) {
    const p = this.page;
    await p.getByLabel('Question').fill(survey.question);
    for (const [i, option] of survey.options.entries()) {
      if (i >= 2) await p.getByRole('button', { name: 'Add an answer' }).click();
      await p.getByLabel(`Answer ${i + 1}`, { exact: true }).fill(option);
    }
    await p.getByLabel('Count answers by').selectOption({ label: 'Union local' });
    await p.getByLabel('Groups to offer (optional)').fill(survey.groups.join('\n'));
    await p.getByRole('radio', { name: 'Members only' }).check();
    await p.getByRole('button', { name: 'Create survey' }).click();
  }
}
