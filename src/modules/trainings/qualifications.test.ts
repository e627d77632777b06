import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, MINUTE } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { MemberQualifications, MyTrainings } from './contract';
import { attend, attendanceCode, createCourse, createSession, errorOf, type Member } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

const setRoles = (m: Member, roles: string[]) => t.call('PUT', `/api/members/${m.id}/roles`, { cookie: organiser.cookie, body: { roles } });
const rolesOf = async (m: Member) =>
  (await t.db.selectFrom('memberRole').select('role').where('memberId', '=', m.id).orderBy('role').execute()).map((r) => r.role);
const record = (m: Member, body: Record<string, unknown>) =>
  t.call('POST', `/api/trainings/members/${m.id}/qualifications`, { cookie: organiser.cookie, body });

test('a responder without a legal-observer or know-your-rights qualification is refused, with one allowed', async () => {
  const member = await t.signIn();
  const refused = await setRoles(member, ['responder']);
  assert.equal(refused.status, 403);
  const error = await errorOf(refused);
  assert.deepEqual([error.code, error.field], ['qualification_required', 'roles']);
  assert.match(error.message, /legal observer or know-your-rights/);
  assert.deepEqual(await rolesOf(member), ['member'], 'nothing changed');

  // Training attended, by QR code: the role can be given.
  const course = await createCourse(t, organiser, { qualification: 'know_your_rights', title: 'Know your rights' });
  const trainer = await t.signIn();
  const session = await createSession(t, organiser, course.id, trainer, {
    startsAt: t.clock.now() + 5 * MINUTE,
    endsAt: t.clock.now() + 65 * MINUTE,
  });
  const { token } = await attendanceCode(t, trainer, session.id);
  assert.equal((await attend(t, member, { token })).status, 200);
  assert.equal((await setRoles(member, ['responder'])).status, 200);
  assert.deepEqual(await rolesOf(member), ['member', 'responder']);
  assert.equal((await setRoles(member, ['responder', 'dispatcher'])).status, 200, 'a role already held is not checked again');
});

test('a verifier needs the verifier qualification; another one does not do', async () => {
  const member = await t.signIn();
  assert.equal((await record(member, { kind: 'legal_observer', earnedAt: t.clock.now() })).status, 200);
  const refused = await setRoles(member, ['verifier']);
  assert.equal((await errorOf(refused)).code, 'qualification_required');
  assert.equal((await record(member, { kind: 'verifier', earnedAt: t.clock.now() - DAY })).status, 200);
  assert.equal((await setRoles(member, ['verifier'])).status, 200);
});

test('an expired qualification is refused as expired; a revoked one stops counting at once', async () => {
  const member = await t.signIn();
  assert.equal((await record(member, { kind: 'legal_observer', earnedAt: t.clock.now() - DAY, validityMonths: 1 })).status, 200);
  const lapsed = await t.signIn();
  t.clock.advance(40 * DAY);
  organiser = await t.signIn({ roles: ['organiser'] }); // the first one's session has ended meanwhile
  const expired = await setRoles(member, ['responder']);
  assert.equal(expired.status, 403);
  assert.equal((await errorOf(expired)).code, 'qualification_expired');
  assert.deepEqual(await rolesOf(member), ['member']);

  const list = (await (await record(lapsed, { kind: 'know_your_rights', earnedAt: t.clock.now() })).json()) as MemberQualifications;
  const [held] = list.qualifications;
  assert.equal(held.status, 'valid');
  assert.equal(held.recordedBy, 'Test organiser');
  const revoke = await t.call('POST', `/api/trainings/qualifications/${held.id}/revoke`, { cookie: organiser.cookie });
  assert.equal(((await revoke.json()) as MemberQualifications).qualifications[0].status, 'revoked');
  const twice = await t.call('POST', `/api/trainings/qualifications/${held.id}/revoke`, { cookie: organiser.cookie });
  assert.equal((await errorOf(twice)).code, 'already_revoked');
  assert.equal((await setRoles(lapsed, ['responder'])).status, 403);

  const actions = (await t.db.selectFrom('auditLog').select(['action', 'objectId']).where('objectId', '=', lapsed.id).execute()).map(
    (a) => a.action,
  );
  assert.ok(actions.includes('qualification.recorded:know_your_rights'), 'recording is audited');
  assert.ok(actions.includes('qualification.revoked:know_your_rights'), 'revoking is audited');
});

test('a qualification recorded by hand is checked: not in the future, not already lapsed', async () => {
  const member = await t.signIn();
  const future = await record(member, { kind: 'peacekeeper', earnedAt: t.clock.now() + DAY });
  assert.deepEqual([future.status, (await errorOf(future)).code], [400, 'earned_in_future']);
  const old = await record(member, { kind: 'peacekeeper', earnedAt: t.clock.now() - 400 * DAY, validityMonths: 12 });
  assert.deepEqual([old.status, (await errorOf(old)).code], [400, 'already_expired']);
  const unknown = await record(member, { kind: 'astronaut', earnedAt: t.clock.now() });
  assert.deepEqual([unknown.status, (await errorOf(unknown)).field], [400, 'kind']);
  assert.equal((await t.db.selectFrom('qualification').select('id').where('memberId', '=', member.id).execute()).length, 0);
});

test('"My trainings": the sessions I go to and teach, and my qualifications with their expiry', async () => {
  const member = await t.signIn();
  const trainer = await t.signIn();
  const course = await createCourse(t, organiser, { qualification: 'peacekeeper', title: 'Peacekeepers' });
  const going = await createSession(t, organiser, course.id, trainer);
  const teaching = await createSession(t, organiser, course.id, member);
  await t.call('POST', `/api/trainings/sessions/${going.id}/rsvp`, { cookie: member.cookie });
  await record(member, { kind: 'dispatcher', earnedAt: t.clock.now() - DAY, validityMonths: 6 });
  const mine = (await (await t.call('GET', '/api/trainings/mine', { cookie: member.cookie })).json()) as MyTrainings;
  assert.deepEqual(
    mine.going.map((s) => s.id),
    [going.id],
  );
  assert.deepEqual(
    mine.teaching.map((s) => s.id),
    [teaching.id],
  );
  assert.deepEqual(
    mine.qualifications.map((q) => [q.kind, q.status, q.source]),
    [['dispatcher', 'valid', 'recorded']],
  );
  const unvouched = await t.signIn({ trusted: false });
  assert.equal((await t.call('GET', '/api/trainings/mine', { cookie: unvouched.cookie })).status, 200, 'new members may train too');
});
