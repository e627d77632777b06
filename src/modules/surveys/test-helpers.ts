import { randomBytes } from 'node:crypto';
import { DAY } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { Survey } from './contract';

/** What a respondent's device makes once per survey and keeps. */
export const newBallot = () => randomBytes(32).toString('base64url');

export const sampleSurvey = (t: TestApp, overrides: Record<string, unknown> = {}) => ({
  question: 'Will you go to work on the 23rd?',
  options: ['No', 'Yes', 'Not sure'],
  groupKind: 'workplace',
  resultsVisibility: 'public',
  closesAt: t.clock.now() + 7 * DAY,
  ...overrides,
});

export async function createSurveyAs(t: TestApp, cookie: string, overrides: Record<string, unknown> = {}): Promise<Survey> {
  const res = await t.call('POST', '/api/surveys', { cookie, body: sampleSurvey(t, overrides) });
  if (res.status !== 201) throw new Error(`survey not created: ${res.status} ${await res.text()}`);
  return (await res.json()) as Survey;
}

/** `n` new members, each answering `option` for `group` from their own device. */
export async function answerAsNewMembers(t: TestApp, surveyId: string, group: string, option: number, n: number) {
  for (let i = 0; i < n; i++) {
    const { cookie } = await t.signIn();
    const res = await t.call('POST', `/api/surveys/${surveyId}/answer`, { cookie, body: { group, option, ballot: newBallot() } });
    if (res.status !== 200) throw new Error(`answer refused: ${res.status} ${await res.text()}`);
  }
}

export async function surveyAs(t: TestApp, surveyId: string, cookie?: string): Promise<Survey> {
  return (await (await t.call('GET', `/api/surveys/${surveyId}`, { cookie })).json()) as Survey;
}
