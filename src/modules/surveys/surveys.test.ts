import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Survey, SurveySummary } from './contract';
import { seedDemoSurveys } from './demo';
import { answerAsNewMembers, createSurveyAs, sampleSurvey, surveyAs } from './test-helpers';

let t: TestApp;
let organiser: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

type ErrorBody = { error: { code: string; field?: string } };
const countSurveys = async () => (await t.db.selectFrom('survey').select('id').execute()).length;

test('the demo surveys have groups above and below 10, and one with too few answers to show', async () => {
  await seedDemoSurveys(t.ctx);
  await seedDemoSurveys(t.ctx);
  const demo = await t.db.selectFrom('survey').selectAll().where('demo', '=', 1).orderBy('question').execute();
  assert.equal(demo.length, 2, 'seeding twice adds nothing');
  const work = await surveyAs(t, demo.find((s) => s.groupKind === 'workplace')?.id ?? '');
  assert.deepEqual(
    work.results?.groups.map((g) => g.total),
    [34, 18],
  );
  assert.equal(work.results?.otherGroups?.total, 21, '12 + 6 + 3: the clinic pooled with the two small groups');
  const member = await t.signIn();
  const school = await surveyAs(t, demo.find((s) => s.groupKind === 'school')?.id ?? '', member.cookie);
  assert.equal(school.results?.overall, null);
});

test('an organiser asks a question; bad surveys are refused with the field named and nothing written', async () => {
  const survey = await createSurveyAs(t, organiser.cookie, { groups: ['Local 17', 'local #17', 'Roosevelt High'] });
  assert.deepEqual(survey.options, ['No', 'Yes', 'Not sure']);
  assert.equal(survey.open, true);
  assert.deepEqual(survey.groupChoices, ['Local 17', 'Roosevelt High'], 'one group per spelling');
  assert.deepEqual(survey.results, { minimum: 10, overall: null, groups: [], otherGroups: null });

  const before = await countSurveys();
  const bad: [Record<string, unknown>, string, string][] = [
    [{ options: ['Only one'] }, 'invalid_input', 'options'],
    [{ options: ['1', '2', '3', '4', '5', '6', '7'] }, 'invalid_input', 'options'],
    [{ options: ['Yes', 'yes'] }, 'invalid_input', 'options.1'],
    [{ question: '?' }, 'invalid_input', 'question'],
    [{ groupKind: 'neighbourhood' }, 'invalid_input', 'groupKind'],
    [{ closesAt: t.clock.now() - DAY }, 'invalid_closing_time', 'closesAt'],
    [{ closesAt: t.clock.now() + 400 * DAY }, 'invalid_closing_time', 'closesAt'],
    [{ campaignId: 'no-such-campaign' }, 'unknown_campaign', 'campaignId'],
    [{ groups: ['!!!'] }, 'invalid_group_name', 'groups.0'],
  ];
  for (const [overrides, code, field] of bad) {
    const res = await t.call('POST', '/api/surveys', { cookie: organiser.cookie, body: sampleSurvey(t, overrides) });
    assert.equal(res.status, 400, JSON.stringify(overrides));
    assert.deepEqual(
      [(await res.json()) as ErrorBody].map((b) => [b.error.code, b.error.field]),
      [[code, field]],
    );
  }
  const member = await t.signIn();
  assert.equal((await t.call('POST', '/api/surveys', { cookie: member.cookie, body: sampleSurvey(t) })).status, 403);
  assert.equal(await countSurveys(), before);
});

test('a members-only survey is hidden from visitors and unvouched members; a public one is not', async () => {
  const members = await createSurveyAs(t, organiser.cookie, { resultsVisibility: 'members' });
  const open = await createSurveyAs(t, organiser.cookie, { resultsVisibility: 'public' });
  const unvouched = await t.signIn({ trusted: false });
  const member = await t.signIn();
  assert.equal((await t.call('GET', `/api/surveys/${members.id}`)).status, 404);
  assert.equal((await t.call('GET', `/api/surveys/${members.id}`, { cookie: unvouched.cookie })).status, 404);
  assert.equal((await surveyAs(t, members.id, member.cookie)).id, members.id);
  const visitorView = await surveyAs(t, open.id);
  assert.equal(visitorView.answered, null, 'a visitor has no answered state');
  assert.ok(visitorView.results);
  const list = (await (await t.call('GET', '/api/surveys', { cookie: member.cookie })).json()) as { surveys: SurveySummary[] };
  assert.ok(list.surveys.some((s) => s.id === members.id && s.answered === false));
  assert.equal((await t.call('GET', '/api/surveys', { cookie: unvouched.cookie })).status, 403);
});

test('results: under 10 in all shows nothing; groups under 10 are pooled; a small pool takes in the next smallest group', async () => {
  const survey = await createSurveyAs(t, organiser.cookie);
  await answerAsNewMembers(t, survey.id, 'Acme Warehouse', 0, 9);
  assert.equal((await surveyAs(t, survey.id)).results?.overall, null, '9 answers: not even the total');

  await answerAsNewMembers(t, survey.id, 'acme warehouse!', 1, 3); // the same group, spelt differently
  await answerAsNewMembers(t, survey.id, 'Lake Street Hotel', 0, 15);
  await answerAsNewMembers(t, survey.id, 'Corner Café', 2, 3);
  let { results } = await surveyAs(t, survey.id);
  assert.equal(results?.overall?.total, 30);
  assert.deepEqual(
    results?.groups.map((g) => [g.label, g.total]),
    [['Lake Street Hotel', 15]],
    'Acme (12) joins the café (3) in the pool, or 30 − 15 − 12 would give the café away',
  );
  assert.deepEqual(results?.otherGroups, { total: 15, counts: [9, 3, 3] });

  await answerAsNewMembers(t, survey.id, 'Corner Cafe', 2, 7);
  ({ results } = await surveyAs(t, survey.id));
  assert.deepEqual(
    results?.groups.map((g) => [g.label, g.total, g.counts]),
    [
      ['Acme Warehouse', 12, [9, 3, 0]],
      ['Corner Café', 10, [0, 0, 10]],
      ['Lake Street Hotel', 15, [15, 0, 0]],
    ],
  );
  assert.equal(results?.otherGroups, null);
  assert.ok((await surveyAs(t, survey.id)).groupChoices.includes('Acme Warehouse'), 'shown groups are offered to respondents');
});

test('an organiser closes a survey; it takes no more answers', async () => {
  const survey = await createSurveyAs(t, organiser.cookie);
  const closed = await t.call('POST', `/api/surveys/${survey.id}/close`, { cookie: organiser.cookie });
  assert.equal(((await closed.json()) as Survey).open, false);
  const again = await t.call('POST', `/api/surveys/${survey.id}/close`, { cookie: organiser.cookie });
  assert.equal(((await again.json()) as ErrorBody).error.code, 'survey_closed');
  await assert.rejects(answerAsNewMembers(t, survey.id, 'Acme', 0, 1), /survey_closed/);
});
