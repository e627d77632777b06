import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import type { TestApp } from '../../test-support/test-app';
import { act, aShift, type Member, patrolsTestApp, shiftsOf, signUp } from './test-helpers';

/** Who patrolled when is kept `patrol_signup` days after the shift ended, to the millisecond; the shift's counts stay. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

const purge = async () =>
  (await purgeExpired(t.db, retentionRules, t.config, t.clock.now())).find((r) => r.kind === 'patrol_signup')?.deleted;
const signupsOn = async (shiftId: string) =>
  (await t.db.selectFrom('patrolSignup').select('id').where('shiftId', '=', shiftId).execute()).length;

test('sign-ups of a shift go N days after it ended (booked, cancelled, swapped alike); later shifts keep theirs', async () => {
  const days = t.config.retentionDays.patrol_signup;
  assert.equal(days, 90);
  const { series } = await aShift(t, organiser, zones.powderhorn, { weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const [first, second] = (await shiftsOf(t, series.id)).filter((s) => s.startsAt > t.clock.now());
  const [a, b, c] = [await t.signIn(), await t.signIn(), await t.signIn()];
  await signUp(t, a, first.id);
  const cancelled = await signUp(t, b, first.id);
  await act(t, b, cancelled.id, 'cancel');
  await signUp(t, c, first.id);
  await signUp(t, a, second.id);

  t.clock.set(first.endsAt + days * DAY);
  assert.equal(await purge(), 0, 'not a millisecond early');
  assert.equal(await signupsOn(first.id), 3);
  t.clock.advance(1);
  assert.equal(await purge(), 3);
  assert.equal(await signupsOn(first.id), 0);
  assert.equal(await signupsOn(second.id), 1, 'the next day’s shift ended later');
  const shift = await t.db.selectFrom('patrolShift').select(['taken', 'minPeople']).where('id', '=', first.id).executeTakeFirstOrThrow();
  assert.deepEqual(shift, { taken: 2, minPeople: 1 }, 'the shift and its count stay');
});
