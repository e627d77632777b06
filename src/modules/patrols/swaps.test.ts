import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestApp } from '../../test-support/test-app';
import type { MySignup, OpenShiftList } from './contract';
import { act, aShift, type Member, ok, patrolsTestApp, qualify, refusal, signUp } from './test-helpers';

/** Swaps: a member offers their place; another qualified member takes it in one step; if nobody does, they keep it. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

const statusOf = async (id: string) =>
  (await t.db.selectFrom('patrolSignup').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const open = async (as: Member) => (await ok<OpenShiftList>(await t.call('GET', '/api/patrols/open', { cookie: as.cookie }))).shifts;

test('an offered place on a full shift goes to one qualified member, in one step; the count never moves', async () => {
  const { shift } = await aShift(t, organiser, zones.powderhorn, { maxPeople: 1, requiredQualification: 'legal_observer' });
  const [holder, unqualified, taker, rival] = [await t.signIn(), await t.signIn(), await t.signIn(), await t.signIn()];
  for (const m of [holder, taker, rival]) await qualify(t, m, 'legal_observer');
  const mine = await signUp(t, holder, shift.id);
  assert.equal(
    (await open(taker)).find((s) => s.id === shift.id),
    undefined,
    'a full shift with no offer is not open',
  );
  assert.equal((await refusal(await act(t, taker, mine.id, 'take'))).code, 'offer_gone', 'nothing offered yet');

  const offered = await ok<MySignup>(await act(t, holder, mine.id, 'offer'));
  assert.equal(offered.offered, true);
  const listed = (await open(taker)).find((s) => s.id === shift.id);
  assert.equal(listed?.offeredSignupId, mine.id);
  assert.equal((await open(holder)).find((s) => s.id === shift.id)?.offeredSignupId, null, 'not offered to oneself');
  assert.equal((await refusal(await act(t, holder, mine.id, 'take'))).code, 'own_offer');
  assert.equal((await refusal(await act(t, unqualified, mine.id, 'take'))).code, 'qualification_required');

  // Two members take it at the same moment: one gets it.
  const [a, b] = await Promise.all([act(t, taker, mine.id, 'take'), act(t, rival, mine.id, 'take')]);
  assert.deepEqual([a.status, b.status].sort(), [200, 409]);
  const loser = a.status === 409 ? a : b;
  assert.equal((await refusal(loser)).code, 'offer_gone');
  const winner = (await (a.status === 200 ? a : b).json()) as MySignup;
  assert.equal(winner.status, 'booked');
  assert.equal(winner.offered, false);
  assert.equal(await statusOf(mine.id), 'swapped');
  const row = await t.db.selectFrom('patrolShift').select('taken').where('id', '=', shift.id).executeTakeFirstOrThrow();
  assert.equal(row.taken, 1);
  const holders = await t.db
    .selectFrom('patrolSignup')
    .select('memberId')
    .where('shiftId', '=', shift.id)
    .where('status', '=', 'booked')
    .execute();
  assert.equal(holders.length, 1);
  assert.notEqual(holders[0].memberId, holder.id);
  assert.equal((await refusal(await act(t, holder, mine.id, 'check-in'))).code, 'signup_not_booked', 'the place is no longer theirs');
  const audited = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', mine.id).execute();
  assert.deepEqual(
    audited.map((r) => r.action),
    ['patrol_signup.swapped'],
  );
});

test('if nobody takes it, the member keeps the place; withdrawing the offer keeps it too', async () => {
  const { shift } = await aShift(t, organiser, zones.cedar, { maxPeople: 2 });
  const holder = await t.signIn();
  const other = await t.signIn();
  const mine = await signUp(t, holder, shift.id);
  await ok(await act(t, holder, mine.id, 'offer'));
  await ok(await act(t, holder, mine.id, 'withdraw-offer'));
  assert.equal((await refusal(await act(t, other, mine.id, 'take'))).code, 'offer_gone');
  await ok(await act(t, holder, mine.id, 'offer'));
  t.clock.set(shift.startsAt + 60_000);
  assert.equal((await refusal(await act(t, other, mine.id, 'take'))).code, 'shift_started', 'too late to swap');
  const checkedIn = await ok<MySignup>(await act(t, holder, mine.id, 'check-in'));
  assert.equal(checkedIn.status, 'booked');
  assert.ok(checkedIn.checkedInAt);
});
