import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR, MINUTE } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { MySignup, ShiftPeople, Volunteer } from './contract';
import { act, aShift, type Member, ok, patrolsTestApp, refusal, shiftsOf, signUp } from './test-helpers';

/** On the day: check-in from 15 minutes before the start until the end, check-out after; no-shows counted. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

test('check-in opens 15 minutes before the start and closes at the end; check-out only after check-in', async () => {
  const { shift } = await aShift(t, organiser, zones.powderhorn);
  const member = await t.signIn();
  const mine = await signUp(t, member, shift.id);
  assert.equal(mine.checkInFrom, shift.startsAt - 15 * MINUTE);
  t.clock.set(shift.startsAt - 16 * MINUTE);
  assert.equal((await refusal(await act(t, member, mine.id, 'check-in'))).code, 'shift_check_in_closed');
  assert.equal((await refusal(await act(t, member, mine.id, 'check-out'))).code, 'not_checked_in');
  t.clock.set(shift.startsAt - 15 * MINUTE);
  const inAt = await ok<MySignup>(await act(t, member, mine.id, 'check-in'));
  assert.equal(inAt.checkedInAt, t.clock.now());
  t.clock.advance(MINUTE);
  assert.equal(
    (await ok<MySignup>(await act(t, member, mine.id, 'check-in'))).checkedInAt,
    inAt.checkedInAt,
    'a second tap changes nothing',
  );
  t.clock.set(shift.endsAt + 5 * MINUTE);
  const out = await ok<MySignup>(await act(t, member, mine.id, 'check-out'));
  assert.equal(out.checkedOutAt, t.clock.now());
  assert.equal((await refusal(await act(t, await t.signIn(), mine.id, 'check-in'))).status, 404, "someone else's place");
});

test('a late arrival checks in until the end, not after; a forgotten check-out closes hours later', async () => {
  const { series } = await aShift(t, organiser, zones.cedar, { weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const [first, second] = (await shiftsOf(t, series.id)).filter((s) => s.startsAt > t.clock.now());
  const member = await t.signIn();
  const a = await signUp(t, member, first.id);
  const b = await signUp(t, member, second.id);
  t.clock.set(first.endsAt);
  await ok(await act(t, member, a.id, 'check-in'));
  t.clock.set(first.endsAt + 7 * HOUR);
  assert.equal((await refusal(await act(t, member, a.id, 'check-out'))).code, 'check_out_closed');
  t.clock.set(second.endsAt + MINUTE);
  assert.equal((await refusal(await act(t, member, b.id, 'check-in'))).code, 'shift_check_in_closed');
});

test('organisers see no-shows per volunteer: held, ended, never checked in; cancelled shifts do not count', async () => {
  const { series } = await aShift(t, organiser, zones.central, { weekdays: [1, 2, 3, 4, 5, 6, 7], maxPeople: 5 });
  const shifts = (await shiftsOf(t, series.id)).filter((s) => s.startsAt > t.clock.now());
  const steady = await t.signIn({ displayName: 'Steady' });
  const absent = await t.signIn({ displayName: 'Absent' });
  for (const s of shifts.slice(0, 3)) {
    await signUp(t, steady, s.id);
    await signUp(t, absent, s.id);
  }
  const late = await signUp(t, absent, shifts[5].id);
  // The third shift is cancelled by the organiser: nobody is a no-show there.
  await ok(await t.call('POST', `/api/patrols/shifts/${shifts[2].id}/cancel`, { cookie: organiser.cookie }));
  for (const s of shifts.slice(0, 2)) {
    t.clock.set(s.startsAt);
    const mine = await ok<{ signups: MySignup[] }>(await t.call('GET', '/api/patrols/mine', { cookie: steady.cookie }));
    const here = mine.signups.find((x) => x.shift.id === s.id);
    assert.ok(here);
    await ok(await act(t, steady, here.id, 'check-in'));
  }
  t.clock.set(shifts[5].startsAt - 2 * HOUR);
  assert.equal((await ok<MySignup>(await act(t, absent, late.id, 'cancel'))).lateCancel, true);
  t.clock.set(shifts[2].endsAt + DAY);
  const { volunteers } = await ok<{ volunteers: Volunteer[] }>(
    await t.call('GET', '/api/patrols/volunteers', { cookie: organiser.cookie }),
  );
  const figures = (name: string) => {
    const v = volunteers.find((x) => x.name === name);
    return v && [v.shifts, v.checkedIn, v.noShows, v.lateCancellations];
  };
  assert.deepEqual(figures('Absent'), [2, 0, 2, 1]);
  assert.deepEqual(figures('Steady'), [2, 2, 0, 0]);
  assert.equal(volunteers[0].name, 'Absent', 'most no-shows first');
  const viewed = await t.db.selectFrom('auditLog').select('action').where('action', '=', 'patrol.volunteers_viewed').execute();
  assert.equal(viewed.length, 1);
});

test("a shift's organisers see who holds a place and who has checked in; nobody else does, and looking is audited", async () => {
  const { shift } = await aShift(t, organiser, zones.powderhorn, { maxPeople: 4 });
  const first = await t.signIn({ displayName: 'First on' });
  const second = await t.signIn({ displayName: 'Second on' });
  const gone = await t.signIn({ displayName: 'Cancelled' });
  const mine = await signUp(t, first, shift.id);
  const theirs = await signUp(t, second, shift.id);
  await ok(await act(t, second, theirs.id, 'offer'));
  await ok(await act(t, gone, (await signUp(t, gone, shift.id)).id, 'cancel'));
  t.clock.set(shift.startsAt - 5 * MINUTE);
  await ok(await act(t, first, mine.id, 'check-in'));

  const people = await ok<ShiftPeople>(await t.call('GET', `/api/patrols/shifts/${shift.id}/people`, { cookie: organiser.cookie }));
  assert.equal(people.shift.id, shift.id);
  assert.deepEqual(
    people.people.map((p) => [p.name, p.checkedInAt, p.offered]),
    [
      ['First on', t.clock.now(), false],
      ['Second on', null, true],
    ],
    'in the order places were taken; a cancelled place is not listed',
  );
  assert.equal((await t.call('GET', `/api/patrols/shifts/${shift.id}/people`, { cookie: first.cookie })).status, 403);
  assert.equal((await refusal(await t.call('GET', '/api/patrols/shifts/nope/people', { cookie: organiser.cookie }))).status, 404);
  const looked = await t.db
    .selectFrom('auditLog')
    .select(['objectId', 'memberId'])
    .where('action', '=', 'patrol.shift_people_viewed')
    .execute();
  assert.deepEqual(looked, [{ objectId: shift.id, memberId: organiser.id }]);
});
