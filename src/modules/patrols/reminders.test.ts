import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR, MINUTE } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import { createPushTestApp, type PushTestApp } from '../push/test-support/push-test-app';
import { REMINDER_HOURS } from './limits';
import { sendShiftReminders } from './reminders';
import { act, aShift, type Member, ok, patrolsTestApp, shiftsOf, signUp } from './test-helpers';

/** Content-free pushes (kind `shift`): a reminder once across nodes, a cancelled shift, a place taken in a swap. */
let t: TestApp;
let memberWithDevice: () => Promise<Member>;
let received: PushTestApp['pushesSinceLastLook'];
let close: () => Promise<void>;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, memberWithDevice, pushesSinceLastLook: received, close } = await createPushTestApp());
  ({ organiser, zones } = await patrolsTestApp(t));
});
after(() => close());

const pushesSinceLastLook = async () => (await received()).map((p) => ({ payload: JSON.parse(p.payload) as unknown, ttl: p.ttl }));

test('members holding a place are reminded once, some hours before, whichever node ticks first', async () => {
  const { series } = await aShift(t, organiser, zones.powderhorn, { weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const shift = (await shiftsOf(t, series.id)).find((s) => s.startsAt > t.clock.now() + 2 * REMINDER_HOURS * HOUR);
  assert.ok(shift);
  const [a, b] = [await memberWithDevice(), await memberWithDevice()];
  await memberWithDevice(); // subscribed, but holds no place
  await signUp(t, a, shift.id);
  await signUp(t, b, shift.id);
  await pushesSinceLastLook();

  t.clock.set(shift.startsAt - REMINDER_HOURS * HOUR - MINUTE);
  assert.equal(await sendShiftReminders(t.ctx), 0, 'not yet: a minute early');
  t.clock.advance(MINUTE);
  const sent = await Promise.all([sendShiftReminders(t.ctx), sendShiftReminders(t.ctx)]);
  assert.equal(sent[0] + sent[1], 1, 'one node sends it');
  const pushes = (await pushesSinceLastLook()).filter((p) => JSON.stringify(p.payload).includes(shift.id));
  assert.deepEqual(
    pushes.map((p) => p.payload),
    [
      { kind: 'shift', id: shift.id },
      { kind: 'shift', id: shift.id },
    ],
    'one push to each of the two, nothing else in it',
  );
  assert.ok(pushes.every((p) => p.ttl > 0 && p.ttl <= REMINDER_HOURS * 3600));
  t.clock.advance(HOUR);
  await sendShiftReminders(t.ctx);
  assert.equal((await pushesSinceLastLook()).filter((p) => JSON.stringify(p.payload).includes(shift.id)).length, 0, 'once only');
});

test('a cancelled shift and a place taken in a swap reach the people concerned by a push', async () => {
  const { shift } = await aShift(t, organiser, zones.cedar, { maxPeople: 2 });
  const [holder, taker] = [await memberWithDevice(), await memberWithDevice()];
  const offered = await signUp(t, holder, shift.id);
  await ok(await act(t, holder, offered.id, 'offer'));
  await pushesSinceLastLook();
  await ok(await act(t, taker, offered.id, 'take'));
  assert.deepEqual(
    (await pushesSinceLastLook()).map((p) => p.payload),
    [{ kind: 'shift', id: shift.id }],
    'the member whose offered place was taken',
  );
  await ok(await t.call('POST', `/api/patrols/shifts/${shift.id}/cancel`, { cookie: organiser.cookie }));
  assert.deepEqual(
    (await pushesSinceLastLook()).map((p) => p.payload),
    [{ kind: 'shift', id: shift.id }],
    'the member now holding the place',
  );
  const reminded = await t.db.selectFrom('patrolShift').select('reminderSentAt').where('id', '=', shift.id).executeTakeFirstOrThrow();
  t.clock.set(shift.startsAt - HOUR);
  await sendShiftReminders(t.ctx);
  assert.equal(reminded.reminderSentAt, null);
  assert.equal(
    (await pushesSinceLastLook()).filter((p) => JSON.stringify(p.payload).includes(shift.id)).length,
    0,
    'no reminder for a cancelled shift',
  );
});
