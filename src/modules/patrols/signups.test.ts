import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { DAY, HOUR } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { OpenShiftList } from './contract';
import { act, aShift, type Member, ok, patrolsTestApp, qualify, refusal, signUp, signUpCall } from './test-helpers';

/** Sign-up: capacity held by the database under concurrency, qualifications valid for the whole shift. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

const shiftRow = (id: string) => t.db.selectFrom('patrolShift').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const booked = async (shiftId: string) =>
  (await t.db.selectFrom('patrolSignup').select('memberId').where('shiftId', '=', shiftId).where('status', '=', 'booked').execute()).length;

test('200 members sign up for a 10-person shift at once: exactly 10 get a place, the rest hear it is full', async () => {
  const { shift } = await aShift(t, organiser, zones.powderhorn, { minPeople: 2, maxPeople: 10 });
  const members = await Promise.all(Array.from({ length: 200 }, () => t.signIn()));
  const answers = await Promise.all(members.map((m) => signUpCall(t, m, shift.id)));
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 201).length, 10);
  assert.equal(statuses.filter((s) => s === 409).length, 190);
  const codes = new Set(await Promise.all(answers.filter((r) => r.status === 409).map(async (r) => (await refusal(r)).code)));
  assert.deepEqual([...codes], ['shift_full']);
  assert.equal((await shiftRow(shift.id)).taken, 10);
  assert.equal(await booked(shift.id), 10);
});

test('the database itself refuses more places than the maximum, and a second live place for one member', async () => {
  const { shift } = await aShift(t, organiser, zones.powderhorn, { maxPeople: 2 });
  const member = await t.signIn();
  const mine = await signUp(t, member, shift.id);
  await assert.rejects(sql`update patrol_shift set taken = 3 where id = ${shift.id}`.execute(t.db), 'CHECK taken <= max_people');
  await assert.rejects(sql`update patrol_shift set taken = -1 where id = ${shift.id}`.execute(t.db), 'CHECK taken >= 0');
  const raw = {
    ...(await t.db.selectFrom('patrolSignup').selectAll().where('id', '=', mine.id).executeTakeFirstOrThrow()),
    id: 'raw-copy',
  };
  await assert.rejects(t.db.insertInto('patrolSignup').values(raw).execute(), 'one booked sign-up per member and shift');
  assert.equal((await refusal(await signUpCall(t, member, shift.id))).code, 'already_signed_up');
  assert.equal((await shiftRow(shift.id)).taken, 1, 'the refused second try took no place');
});

test('a shift needing a legal observer refuses members without one, or whose qualification lapses before the end', async () => {
  const { shift } = await aShift(t, organiser, zones.cedar, { requiredQualification: 'legal_observer' });
  const never = await t.signIn();
  assert.deepEqual(await refusal(await signUpCall(t, never, shift.id)), {
    status: 403,
    code: 'qualification_required',
    message: 'This needs a valid legal observer qualification. Take the training first.',
    field: 'shiftId',
  });
  const lapsing = await t.signIn();
  await qualify(t, lapsing, 'legal_observer', shift.startsAt + 10 * 60_000);
  const expired = await refusal(await signUpCall(t, lapsing, shift.id));
  assert.equal(expired.status, 403);
  assert.equal(expired.code, 'qualification_expired');
  assert.match(expired.message, /legal observer qualification expires before then/);
  const other = await t.signIn();
  await qualify(t, other, 'know_your_rights');
  assert.equal((await refusal(await signUpCall(t, other, shift.id))).code, 'qualification_required', 'another kind does not count');
  assert.equal((await shiftRow(shift.id)).taken, 0);

  const qualified = await t.signIn();
  await qualify(t, qualified, 'legal_observer');
  const { week, shifts } = await ok<OpenShiftList>(
    await t.call('GET', `/api/patrols/open?zone=${zones.cedar}`, { cookie: qualified.cookie }),
  );
  assert.match(week, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(shifts.find((s) => s.id === shift.id)?.qualified);
  const { shifts: forNever } = await ok<OpenShiftList>(await t.call('GET', '/api/patrols/open', { cookie: never.cookie }));
  assert.equal(forNever.find((s) => s.id === shift.id)?.qualified, false);
  const signup = await signUp(t, qualified, shift.id);
  assert.equal(signup.shift.requiredQualification, 'legal_observer');
});

test('one place at a time: a shift overlapping one already held is refused', async () => {
  const first = await aShift(t, organiser, zones.central, { startTime: '07:00', endTime: '08:00' });
  const second = await aShift(t, organiser, zones.central, { startTime: '07:45', endTime: '09:00' });
  const member = await t.signIn();
  await signUp(t, member, first.shift.id);
  assert.equal((await refusal(await signUpCall(t, member, second.shift.id))).code, 'shift_overlaps');
});

test('cancelling frees the place; within 24 hours of the start it is noted as late', async () => {
  const { shift } = await aShift(t, organiser, zones.powderhorn, { maxPeople: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const early = await t.signIn();
  const mine = await signUp(t, early, shift.id);
  const cancelled = await ok<{ status: string; lateCancel: boolean }>(await act(t, early, mine.id, 'cancel'));
  assert.deepEqual([cancelled.status, cancelled.lateCancel], ['cancelled', shift.startsAt - t.clock.now() < 24 * HOUR]);
  assert.equal((await shiftRow(shift.id)).taken, 0);
  const again = await signUp(t, early, shift.id);
  assert.equal((await refusal(await act(t, early, mine.id, 'cancel'))).code, 'signup_not_booked', 'the old sign-up is spent');

  // A shift two days away: cancelling now is not late.
  const later = (
    await t.db.selectFrom('patrolShift').selectAll().where('seriesId', '=', shift.seriesId).orderBy('startsAt').execute()
  ).find((s) => s.startsAt > t.clock.now() + 2 * DAY);
  assert.ok(later);
  const planned = await signUp(t, early, later.id);
  assert.equal((await ok<{ lateCancel: boolean }>(await act(t, early, planned.id, 'cancel'))).lateCancel, false);
  // Someone else's sign-up is not found, whoever asks.
  const stranger = await t.signIn();
  assert.equal((await refusal(await act(t, stranger, again.id, 'cancel'))).status, 404);
  t.clock.set(shift.startsAt);
  assert.equal((await refusal(await act(t, early, again.id, 'cancel'))).code, 'shift_started');
  assert.equal((await refusal(await signUpCall(t, stranger, shift.id))).code, 'shift_started');
});
