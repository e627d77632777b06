import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MINUTE } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { signAttendanceToken } from './attendance-token';
import type { AttendResult, Roster, Session } from './contract';
import { attend, attendanceCode, createCourse, createSession, errorOf, type Member, qualificationCount } from './test-helpers';
import { addMonths } from './validity';

let t: TestApp;
let organiser: Member;
let trainer: Member;
let courseId: string;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  trainer = await t.signIn({ displayName: 'Ayaan' });
  courseId = (await createCourse(t, organiser, { validityMonths: 12 })).id;
});
after(() => t.close());

/** A session starting in ten minutes: its attendance is open now. */
const sessionOnNow = (overrides = {}) =>
  createSession(t, organiser, courseId, trainer, {
    startsAt: t.clock.now() + 10 * MINUTE,
    endsAt: t.clock.now() + 130 * MINUTE,
    ...overrides,
  });

/** Rows that a refused code must leave alone. */
async function written() {
  const count = async (table: 'trainingAttendance' | 'qualification' | 'auditLog') =>
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  return [await count('trainingAttendance'), await count('qualification'), await count('auditLog')].map(Number);
}

async function expectRefused(member: Member, body: unknown, status: number, code: string) {
  const before = await written();
  const res = await attend(t, member, body);
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal((await errorOf(res)).code, code);
  assert.deepEqual(await written(), before, 'a refused code writes nothing');
}

test("the trainer's signed code records attendance and grants the course's qualification until the end plus 12 months", async () => {
  const session = await sessionOnNow();
  const member = await t.signIn();
  const { token, expiresAt, refreshMs } = await attendanceCode(t, trainer, session.id);
  assert.equal(expiresAt, t.clock.now() + 2 * MINUTE);
  assert.equal(refreshMs, 30_000);
  const res = await attend(t, member, { token });
  assert.equal(res.status, 200, await res.clone().text());
  const result = (await res.json()) as AttendResult;
  assert.deepEqual(
    [result.sessionId, result.qualification, result.expiresAt, result.alreadyRecorded],
    [session.id, 'legal_observer', addMonths(session.endsAt, 12), false],
  );
  const held = await t.db.selectFrom('qualification').selectAll().where('memberId', '=', member.id).execute();
  assert.deepEqual(
    held.map((q) => [q.kind, Number(q.expiresAt), q.source, q.sessionId]),
    [['legal_observer', addMonths(session.endsAt, 12), 'training', session.id]],
  );
  const roster = (await (await t.call('GET', `/api/trainings/sessions/${session.id}/roster`, { cookie: trainer.cookie })).json()) as Roster;
  assert.deepEqual(
    roster.entries.map((e) => [e.memberId, e.rsvp, e.attendedAt]),
    [[member.id, null, t.clock.now()]],
  );
  assert.equal((await attendanceCode(t, trainer, session.id)).attended, 1);
});

test('scanning twice, or ten times at once, records attendance once and grants once', async () => {
  const session = await sessionOnNow();
  const member = await t.signIn();
  const { token } = await attendanceCode(t, trainer, session.id);
  const answers = await Promise.all(Array.from({ length: 10 }, () => attend(t, member, { token })));
  assert.ok(answers.every((r) => r.status === 200));
  const results = (await Promise.all(answers.map((r) => r.json()))) as AttendResult[];
  assert.equal(results.filter((r) => !r.alreadyRecorded).length, 1);
  const again = (await (await attend(t, member, { token })).json()) as AttendResult;
  assert.equal(again.alreadyRecorded, true);
  assert.equal(await qualificationCount(t, member.id), 1);
  const mine = (await (await t.call('GET', `/api/trainings/sessions/${session.id}`, { cookie: member.cookie })).json()) as Session;
  assert.equal(mine.mine.attended, true);
});

test('forged, tampered and malformed codes are refused as invalid, and nothing is written', async () => {
  const session = await sessionOnNow();
  const member = await t.signIn();
  const { token } = await attendanceCode(t, trainer, session.id);
  const [id, exp, mac] = token.split('.');
  const later = (Number.parseInt(exp, 36) + 60 * MINUTE).toString(36);
  const flipped = `${mac.slice(0, 10)}${mac[10] === 'A' ? 'B' : 'A'}${mac.slice(11)}`;
  for (const forged of [
    signAttendanceToken(session.id, Buffer.alloc(32, 7).toString('base64url'), t.clock.now() + MINUTE),
    `${id}.${later}.${mac}`,
    `${id}.${exp}.${flipped}`,
    `${id}.${exp}`,
    `${token}x`,
    'not a token',
  ])
    await expectRefused(member, { token: forged }, 400, 'attendance_code_invalid');
  await expectRefused(member, {}, 400, 'attendance_code_invalid');
  assert.equal(await qualificationCount(t, member.id), 0);
});

test("another session's code is no good for this one, and names only its own session", async () => {
  const mine = await sessionOnNow();
  const other = await sessionOnNow();
  const member = await t.signIn();
  const { token } = await attendanceCode(t, trainer, other.id);
  const [, exp, mac] = token.split('.');
  await expectRefused(member, { token: `${mine.id}.${exp}.${mac}` }, 400, 'attendance_code_invalid');
  const { code } = await attendanceCode(t, trainer, other.id);
  await expectRefused(member, { sessionId: mine.id, code }, 400, 'attendance_code_invalid');
  const res = await attend(t, member, { token });
  assert.equal(((await res.json()) as AttendResult).sessionId, other.id);
  const rows = await t.db.selectFrom('trainingAttendance').select('sessionId').where('memberId', '=', member.id).execute();
  assert.deepEqual(rows, [{ sessionId: other.id }]);
});

test('an expired code is refused as expired, and nothing is written', async () => {
  const session = await sessionOnNow();
  const member = await t.signIn();
  const { token } = await attendanceCode(t, trainer, session.id);
  t.clock.advance(2 * MINUTE - 1);
  const stillGood = await t.signIn();
  assert.equal((await attend(t, stillGood, { token })).status, 200, 'good until its expiry');
  t.clock.advance(1);
  await expectRefused(member, { token }, 410, 'attendance_code_expired');
  assert.equal(await qualificationCount(t, member.id), 0);
});

test('the short typed code works for its minute and the next, then no more', async () => {
  const session = await sessionOnNow();
  const [first, second, late] = [await t.signIn(), await t.signIn(), await t.signIn()];
  const { code } = await attendanceCode(t, trainer, session.id);
  assert.match(code, /^\d{6}$/);
  assert.equal((await attend(t, first, { sessionId: session.id, code: `${code.slice(0, 3)} ${code.slice(3)}` })).status, 200);
  t.clock.advance(MINUTE);
  assert.equal((await attend(t, second, { sessionId: session.id, code })).status, 200);
  t.clock.advance(MINUTE);
  await expectRefused(late, { sessionId: session.id, code }, 400, 'attendance_code_invalid');
  const wrong = code === '000000' ? '000001' : '000000';
  await expectRefused(late, { sessionId: session.id, code: wrong }, 400, 'attendance_code_invalid');
});

test('codes are given to trainers and organisers only, and only while the session is on', async () => {
  const early = await createSession(t, organiser, courseId, trainer);
  const res = await t.call('GET', `/api/trainings/sessions/${early.id}/attendance-code`, { cookie: trainer.cookie });
  assert.equal(res.status, 409);
  assert.equal((await errorOf(res)).code, 'attendance_closed');
  const session = await sessionOnNow();
  await attendanceCode(t, organiser, session.id);
  const member = await t.signIn();
  const refused = await t.call('GET', `/api/trainings/sessions/${session.id}/attendance-code`, { cookie: member.cookie });
  assert.equal(refused.status, 403);
  assert.equal((await errorOf(refused)).code, 'not_trainer');

  // A code taken before the session was cancelled no longer counts.
  const { token } = await attendanceCode(t, trainer, session.id);
  await t.call('POST', `/api/trainings/sessions/${session.id}/cancel`, { cookie: organiser.cookie });
  await expectRefused(member, { token }, 409, 'session_cancelled');
});

test('after the session (plus two hours) even a freshly signed code is refused', async () => {
  const session = await sessionOnNow();
  const member = await t.signIn();
  const row = await t.db.selectFrom('trainingSession').selectAll().where('id', '=', session.id).executeTakeFirstOrThrow();
  t.clock.set(session.endsAt + 2 * 60 * MINUTE + 1);
  const token = signAttendanceToken(session.id, row.attendanceSecret, t.clock.now() + MINUTE);
  await expectRefused(member, { token }, 409, 'attendance_closed');
});
