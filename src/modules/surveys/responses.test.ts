import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { DAY } from '../../core/clock';
import { listColumns } from '../../core/db/portable';
import { hashToken } from '../../core/ids';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createSurveyAs, newBallot, surveyAs } from './test-helpers';

let t: TestApp;
let organiser: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

type ErrorBody = { error: { code: string; field?: string } };
const answer = (surveyId: string, cookie: string, body: Record<string, unknown>) =>
  t.call('POST', `/api/surveys/${surveyId}/answer`, { cookie, body });

test('who answered is stored apart from what was answered, with nothing to join them by', async () => {
  const survey = await createSurveyAs(t, organiser.cookie);
  const members = await Promise.all([t.signIn(), t.signIn(), t.signIn()]);
  const ballots = members.map(() => newBallot());
  for (const [i, m] of members.entries())
    assert.equal((await answer(survey.id, m.cookie, { group: 'Acme', option: i % 2, ballot: ballots[i] })).status, 200);

  const columns = (await listColumns(t.db as never, t.ctx.dialect)).filter((c) => c.table.startsWith('survey_'));
  const of = (table: string) =>
    columns
      .filter((c) => c.table === table)
      .map((c) => c.column)
      .sort();
  assert.deepEqual(of('survey_answer'), ['ballot_hash', 'group_key', 'option', 'survey_id'], 'no member, no time');
  assert.deepEqual(of('survey_respondent'), ['member_id', 'survey_id'], 'no answer, no time');

  const answers = await t.db.selectFrom('surveyAnswer').selectAll().where('surveyId', '=', survey.id).execute();
  const respondents = await t.db.selectFrom('surveyRespondent').selectAll().where('surveyId', '=', survey.id).execute();
  assert.equal(answers.length, 3);
  assert.deepEqual(respondents.map((r) => r.memberId).sort(), members.map((m) => m.id).sort());
  // Nothing in an answer can be computed from a member id: not the id, nor any hash of it.
  const derived = members.flatMap((m) => [
    m.id,
    hashToken(m.id),
    hashToken(`${survey.id}:${m.id}`),
    createHash('sha256').update(m.id).digest('hex'),
  ]);
  const answerText = JSON.stringify(answers);
  for (const value of derived) assert.ok(!answerText.includes(value));
  // The hash is of the device's secret, which is not stored anywhere.
  for (const ballot of ballots) assert.ok(!answerText.includes(ballot));
  assert.deepEqual(answers.map((a) => a.ballotHash).sort(), ballots.map((b) => hashToken(`${survey.id}:${b}`)).sort());

  // On SQLite both tables are stored in key order, not in the order people answered.
  if (t.ctx.dialect === 'sqlite') {
    const rowids = await sql`select rowid from survey_answer`.execute(t.db).then(
      () => 'has rowid',
      () => 'no rowid',
    );
    assert.equal(rowids, 'no rowid');
  }

  // No route hands out respondents: the survey view says only whether the caller answered.
  const view = await surveyAs(t, survey.id, members[0].cookie);
  assert.equal(view.answered, true);
  assert.ok(!JSON.stringify(view).includes(members[0].id));
});

test('one answer per member, changed only with the secret from the device that gave it', async () => {
  const survey = await createSurveyAs(t, organiser.cookie);
  const member = await t.signIn();
  const ballot = newBallot();
  assert.deepEqual(await (await answer(survey.id, member.cookie, { group: 'Acme', option: 0, ballot })).json(), {
    answered: true,
    changed: false,
  });

  // Another ballot from the same member is a second answer: refused, nothing changes.
  const second = await answer(survey.id, member.cookie, { group: 'Acme', option: 1, ballot: newBallot() });
  assert.equal(second.status, 409);
  assert.equal(((await second.json()) as ErrorBody).error.code, 'ballot_unknown');

  // Another member cannot take over this answer with their own first answer under the same ballot.
  const other = await t.signIn();
  const stolen = await answer(survey.id, other.cookie, { group: 'Acme', option: 2, ballot });
  assert.equal(((await stolen.json()) as ErrorBody).error.code, 'ballot_used');

  const changed = await answer(survey.id, member.cookie, { group: 'Beta Foods', option: 2, ballot });
  assert.deepEqual(await changed.json(), { answered: true, changed: true });
  const rows = await t.db.selectFrom('surveyAnswer').select(['groupKey', 'option']).where('surveyId', '=', survey.id).execute();
  assert.deepEqual(rows, [{ groupKey: 'beta foods', option: 2 }], 'replaced, not added');

  const mine = await t.call('POST', `/api/surveys/${survey.id}/my-answer`, { cookie: member.cookie, body: { ballot } });
  assert.deepEqual(await mine.json(), { group: 'Beta Foods', option: 2 });
  const guess = await t.call('POST', `/api/surveys/${survey.id}/my-answer`, { cookie: member.cookie, body: { ballot: newBallot() } });
  assert.equal(guess.status, 404);

  t.clock.advance(8 * DAY);
  const late = await answer(survey.id, member.cookie, { group: 'Acme', option: 0, ballot });
  assert.equal(((await late.json()) as ErrorBody).error.code, 'survey_closed');
  t.clock.advance(-8 * DAY);
});

test('bad answers are refused with the field named, and write nothing', async () => {
  const survey = await createSurveyAs(t, organiser.cookie);
  const member = await t.signIn();
  const cases: [Record<string, unknown>, string, string][] = [
    [{ group: 'Acme', option: 3, ballot: newBallot() }, 'unknown_answer', 'option'],
    [{ group: 'Acme', option: -1, ballot: newBallot() }, 'invalid_input', 'option'],
    [{ group: '!?', option: 0, ballot: newBallot() }, 'invalid_group_name', 'group'],
    [{ group: 'A', option: 0, ballot: newBallot() }, 'invalid_input', 'group'],
    [{ group: 'Acme', option: 0, ballot: 'short' }, 'invalid_input', 'ballot'],
  ];
  for (const [body, code, field] of cases) {
    const res = await answer(survey.id, member.cookie, body);
    assert.equal(res.status, 400);
    assert.deepEqual(
      [(await res.json()) as ErrorBody].map((b) => [b.error.code, b.error.field]),
      [[code, field]],
    );
  }
  const unvouched = await t.signIn({ trusted: false });
  assert.equal((await answer(survey.id, unvouched.cookie, { group: 'Acme', option: 0, ballot: newBallot() })).status, 403);
  assert.equal((await answer('no-such-survey', member.cookie, { group: 'Acme', option: 0, ballot: newBallot() })).status, 404);
  for (const table of ['surveyAnswer', 'surveyRespondent'] as const) {
    const rows = await t.db.selectFrom(table).select('surveyId').where('surveyId', '=', survey.id).execute();
    assert.equal(rows.length, 0, table);
  }
  const groups = await t.db.selectFrom('surveyGroup').select('groupKey').where('surveyId', '=', survey.id).execute();
  assert.equal(groups.length, 0);
});

test('who answered is forgotten after the retention period; the anonymous answers stay', async () => {
  const survey = await createSurveyAs(t, organiser.cookie);
  const member = await t.signIn();
  await answer(survey.id, member.cookie, { group: 'Acme', option: 0, ballot: newBallot() });
  await t.call('POST', `/api/surveys/${survey.id}/close`, { cookie: organiser.cookie });
  const days = t.config.retentionDays.survey_respondent;
  assert.ok(days > 0);
  const count = async (table: 'surveyAnswer' | 'surveyRespondent') =>
    (await t.db.selectFrom(table).select('surveyId').where('surveyId', '=', survey.id).execute()).length;

  await purgeExpired(t.db, retentionRules, t.config, t.clock.now() + (days - 1) * DAY);
  assert.equal(await count('surveyRespondent'), 1);
  await purgeExpired(t.db, retentionRules, t.config, t.clock.now() + (days + 1) * DAY);
  assert.equal(await count('surveyRespondent'), 0);
  assert.equal(await count('surveyAnswer'), 1);
});
