import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createCourse, createSession, type Member } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp({ RETENTION_DAYS: '{"training_attendance":30,"qualification_expired":60}' });
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

const purged = async (kind: string) =>
  (await purgeExpired(t.db, retentionRules, t.config, t.clock.now())).find((r) => r.kind === kind)?.deleted ?? 0;
const sessionIds = async () => (await t.db.selectFrom('trainingSession').select('id').orderBy('id').execute()).map((r) => r.id);

test("a session's RSVPs, attendance and trainers go 30 days after it ends (to the millisecond); its qualifications stay", async () => {
  const course = await createCourse(t, organiser);
  const trainer = await t.signIn();
  const member = await t.signIn();
  const soon = await createSession(t, organiser, course.id, trainer);
  const later = await createSession(t, organiser, course.id, trainer, {
    startsAt: soon.startsAt + 10 * DAY,
    endsAt: soon.endsAt + 10 * DAY,
  });
  await t.call('POST', `/api/trainings/sessions/${soon.id}/rsvp`, { cookie: member.cookie });
  await t.db.insertInto('trainingAttendance').values({ sessionId: soon.id, memberId: member.id, attendedAt: soon.startsAt }).execute();
  await t.call('POST', `/api/trainings/members/${member.id}/qualifications`, {
    cookie: organiser.cookie,
    body: { kind: 'legal_observer', earnedAt: t.clock.now() },
  });

  t.clock.set(soon.endsAt + 30 * DAY);
  assert.equal(await purged('training_attendance'), 0, 'not a millisecond early');
  t.clock.advance(1);
  assert.equal(await purged('training_attendance'), 1);
  assert.deepEqual(await sessionIds(), [later.id]);
  for (const table of ['trainingRsvp', 'trainingAttendance'] as const)
    assert.equal((await t.db.selectFrom(table).select('memberId').where('sessionId', '=', soon.id).execute()).length, 0, table);
  assert.equal((await t.db.selectFrom('trainingTrainer').select('memberId').where('sessionId', '=', soon.id).execute()).length, 0);
  assert.equal((await t.db.selectFrom('qualification').select('id').where('memberId', '=', member.id).execute()).length, 1);
});

test('a qualification goes 60 days after it lapsed or was revoked; valid ones stay', async () => {
  const [lapsing, revoked, valid] = [await t.signIn(), await t.signIn(), await t.signIn()];
  organiser = await t.signIn({ roles: ['organiser'] });
  const record = async (m: Member, validityMonths: number) => {
    const res = await t.call('POST', `/api/trainings/members/${m.id}/qualifications`, {
      cookie: organiser.cookie,
      body: { kind: 'know_your_rights', earnedAt: t.clock.now(), validityMonths },
    });
    return ((await res.json()) as { qualifications: { id: string; expiresAt: number }[] }).qualifications[0];
  };
  const short = await record(lapsing, 1);
  const withdrawn = await record(revoked, 24);
  await record(valid, 24);
  await t.call('POST', `/api/trainings/qualifications/${withdrawn.id}/revoke`, { cookie: organiser.cookie });
  const revokedAt = t.clock.now();

  t.clock.set(revokedAt + 60 * DAY);
  assert.equal(await purged('qualification_expired'), 0, 'not a millisecond early');
  t.clock.advance(1);
  assert.equal(await purged('qualification_expired'), 1, 'the revoked one');
  t.clock.set(short.expiresAt + 60 * DAY);
  assert.equal(await purged('qualification_expired'), 0);
  t.clock.advance(1);
  assert.equal(await purged('qualification_expired'), 1, 'the lapsed one');
  const left = await t.db
    .selectFrom('qualification')
    .select('memberId')
    .where('memberId', 'in', [lapsing.id, revoked.id, valid.id])
    .execute();
  assert.deepEqual(left, [{ memberId: valid.id }]);
});
