import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Roster, Session } from './contract';
import { createCourse, createSession, errorOf, type Member, sessionInput } from './test-helpers';

let t: TestApp;
let organiser: Member;
let trainer: Member;
let courseId: string;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  trainer = await t.signIn({ displayName: 'Ayaan' });
  courseId = (await createCourse(t, organiser)).id;
});
after(() => t.close());

const rsvp = (m: Member, id: string) => t.call('POST', `/api/trainings/sessions/${id}/rsvp`, { cookie: m.cookie });
const takenOf = async (id: string) =>
  (await t.db.selectFrom('trainingSession').select(['taken', 'capacity']).where('id', '=', id).executeTakeFirstOrThrow()).taken;
const goingRows = async (id: string) =>
  (await t.db.selectFrom('trainingRsvp').select('id').where('sessionId', '=', id).where('status', '=', 'going').execute()).length;

test('60 members RSVP at once for 12 places: exactly 12 get one, the rest are told it is full', async () => {
  const session = await createSession(t, organiser, courseId, trainer, { capacity: 12 });
  const members = await Promise.all(Array.from({ length: 60 }, (_, i) => t.signIn({ displayName: `Member ${i}` })));
  const answers = await Promise.all(members.map((m) => rsvp(m, session.id)));
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 12);
  assert.equal(statuses.filter((s) => s === 409).length, 48);
  const refused = answers.find((r) => r.status === 409);
  assert.equal((await errorOf(refused as Response)).code, 'session_full');
  assert.equal(await takenOf(session.id), 12);
  assert.equal(await goingRows(session.id), 12);

  // One gives the place back; the next one asking gets it, and nobody else.
  const winner = members[statuses.indexOf(200)];
  const cancelled = await t.call('DELETE', `/api/trainings/sessions/${session.id}/rsvp`, { cookie: winner.cookie });
  assert.equal(((await cancelled.json()) as Session).mine.rsvp, 'cancelled');
  const again = await t.call('DELETE', `/api/trainings/sessions/${session.id}/rsvp`, { cookie: winner.cookie });
  assert.equal(again.status, 200, 'cancelling twice changes nothing');
  assert.equal(await takenOf(session.id), 11);
  const late = members.filter((_, i) => statuses[i] === 409).slice(0, 5);
  const second = await Promise.all(late.map((m) => rsvp(m, session.id)));
  assert.deepEqual(second.map((r) => r.status).sort(), [200, 409, 409, 409, 409]);
  assert.equal(await takenOf(session.id), 12);
});

test('the same member RSVPing many times at once holds one place', async () => {
  const session = await createSession(t, organiser, courseId, trainer, { capacity: 3 });
  const member = await t.signIn();
  const answers = await Promise.all(Array.from({ length: 10 }, () => rsvp(member, session.id)));
  assert.ok(answers.every((r) => r.status === 200));
  assert.equal(await takenOf(session.id), 1);
  const mine = (await answers[0].json()) as Session;
  assert.deepEqual(mine.mine, { rsvp: 'going', attended: false, trainer: false });
});

test('the database itself refuses more places taken than the capacity', async () => {
  const session = await createSession(t, organiser, courseId, trainer, { capacity: 2 });
  await assert.rejects(sql`update training_session set taken = capacity + 1 where id = ${session.id}`.execute(t.db));
  await assert.rejects(sql`update training_session set taken = -1 where id = ${session.id}`.execute(t.db));
  assert.equal(await takenOf(session.id), 0);
});

test('members see upcoming sessions with their own part; past ones are apart', async () => {
  const member = await t.signIn();
  const session = await createSession(t, organiser, courseId, trainer, { language: 'hmn', point: { lat: 44.9701, lng: -93.2476 } });
  assert.equal((await rsvp(member, session.id)).status, 200);
  const list = (await (await t.call('GET', '/api/trainings/sessions', { cookie: member.cookie })).json()) as { sessions: Session[] };
  const mine = list.sessions.find((s) => s.id === session.id);
  assert.ok(mine);
  assert.deepEqual(
    [mine.language, mine.point, mine.trainers.map((x) => x.name), mine.mine.rsvp, mine.course.qualification],
    ['hmn', { lat: 44.9701, lng: -93.2476 }, ['Ayaan'], 'going', 'legal_observer'],
  );
  const past = (await (await t.call('GET', '/api/trainings/sessions?when=past', { cookie: member.cookie })).json()) as {
    sessions: Session[];
  };
  assert.ok(!past.sessions.some((s) => s.id === session.id));
  assert.equal((await t.call('GET', '/api/trainings/sessions?whn=past', { cookie: member.cookie })).status, 400, 'a misspelt filter');
  const asTrainer = (await (await t.call('GET', `/api/trainings/sessions/${session.id}`, { cookie: trainer.cookie })).json()) as Session;
  assert.equal(asTrainer.mine.trainer, true);
  assert.ok(!JSON.stringify(list).includes('ecret'), 'the attendance secret never leaves the server');
  const newcomer = await t.signIn({ trusted: false });
  const seen = (await (await t.call('GET', `/api/trainings/sessions/${session.id}`, { cookie: newcomer.cookie })).json()) as Session;
  assert.deepEqual(seen.trainers, [], 'who trains is for members others vouched for');
});

test('the roster is for the trainers and organisers only, and looking is audited', async () => {
  const session = await createSession(t, organiser, courseId, trainer);
  const member = await t.signIn({ displayName: 'Fartun' });
  await rsvp(member, session.id);
  for (const who of [trainer, organiser]) {
    const res = await t.call('GET', `/api/trainings/sessions/${session.id}/roster`, { cookie: who.cookie });
    assert.equal(res.status, 200);
    const roster = (await res.json()) as Roster;
    assert.deepEqual(
      roster.entries.map((e) => [e.name, e.rsvp, e.attendedAt]),
      [['Fartun', 'going', null]],
    );
  }
  const other = await t.signIn();
  const refused = await t.call('GET', `/api/trainings/sessions/${session.id}/roster`, { cookie: other.cookie });
  assert.equal(refused.status, 403);
  assert.equal((await errorOf(refused)).code, 'not_trainer');
  const views = await t.db.selectFrom('auditLog').select('action').where('action', '=', 'training_session.roster_viewed').execute();
  assert.equal(views.length, 2);
});

test('a session is checked: trusted trainers, a known course, sensible times and capacity', async () => {
  const unvouched = await t.signIn({ trusted: false });
  const post = (body: unknown) => t.call('POST', '/api/trainings/sessions', { cookie: organiser.cookie, body });
  const cases: [Record<string, unknown>, string, string][] = [
    [{ trainerIds: [unvouched.id] }, 'trainer_not_trusted', 'trainerIds'],
    [{ courseId: '00000000-0000-7000-8000-000000000000' }, 'unknown_course', 'courseId'],
    [{ endsAt: t.clock.now() + 47 * 3_600_000 }, 'session_ends_before_start', 'endsAt'],
    [{ startsAt: t.clock.now() - 1000, endsAt: t.clock.now() + 3_600_000 }, 'session_in_past', 'startsAt'],
    [{ capacity: 0 }, 'invalid_input', 'capacity'],
    [{ trainerIds: [] }, 'invalid_input', 'trainerIds'],
  ];
  const before = (await t.db.selectFrom('trainingSession').select('id').execute()).length;
  for (const [overrides, code, field] of cases) {
    const res = await post({ ...sessionInput(t, courseId, trainer), ...overrides });
    assert.equal(res.status, 400, code);
    const error = await errorOf(res);
    assert.deepEqual([error.code, error.field], [code, field]);
  }
  assert.equal((await t.db.selectFrom('trainingSession').select('id').execute()).length, before, 'nothing written');

  const session = await createSession(t, organiser, courseId, trainer, { capacity: 2 });
  await rsvp(await t.signIn(), session.id);
  await rsvp(await t.signIn(), session.id);
  const shrink = await t.call('PUT', `/api/trainings/sessions/${session.id}`, {
    cookie: organiser.cookie,
    body: sessionInput(t, courseId, trainer, { startsAt: session.startsAt, endsAt: session.endsAt, capacity: 1 }),
  });
  assert.equal(shrink.status, 409);
  assert.equal((await errorOf(shrink)).code, 'capacity_below_taken');
  const cancel = await t.call('POST', `/api/trainings/sessions/${session.id}/cancel`, { cookie: organiser.cookie });
  assert.equal(((await cancel.json()) as Session).state, 'cancelled');
  const late = await rsvp(await t.signIn(), session.id);
  assert.equal((await errorOf(late)).code, 'session_cancelled');
});
