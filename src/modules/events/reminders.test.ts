import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR, MINUTE } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import { createPushTestApp, type PushTestApp } from '../push/test-support/push-test-app';
import { sendDueReminders } from './reminders';
import { cancelRsvp, createEvent, eventInput, type Member, rsvp } from './test-helpers';

/** Reminders: one content-free push per member with a place, N hours before, whichever node ticks first. */
let t: TestApp;
let memberWithDevice: () => Promise<Member>;
let received: PushTestApp['pushesSinceLastLook'];
let close: () => Promise<void>;
let organiser: Member;
before(async () => {
  ({ t, memberWithDevice, pushesSinceLastLook: received, close } = await createPushTestApp());
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => close());

const pushesSinceLastLook = async () => (await received()).map((p) => ({ payload: JSON.parse(p.payload) as unknown, ttl: p.ttl }));

test('members with a place are reminded once, N hours before; the waitlisted and visitors are not pushed', async () => {
  const startsAt = t.clock.now() + 10 * HOUR;
  const event = await createEvent(t, organiser, { startsAt, endsAt: startsAt + 2 * HOUR, capacity: 2, reminderHours: 6 });
  const going = await memberWithDevice();
  await rsvp(t, event.id, going);
  await rsvp(t, event.id, { name: 'Visitor' });
  const waiting = await memberWithDevice();
  assert.equal((await rsvp(t, event.id, waiting)).rsvp.status, 'waitlisted');
  await pushesSinceLastLook();

  t.clock.advance(4 * HOUR - MINUTE);
  assert.equal(await sendDueReminders(t.ctx), 0, 'not yet: 6 hours before is a minute away');
  t.clock.advance(MINUTE);
  // Two nodes tick at the same moment: one of them sends.
  const sent = await Promise.all([sendDueReminders(t.ctx), sendDueReminders(t.ctx)]);
  assert.equal(sent[0] + sent[1], 1);
  const pushes = await pushesSinceLastLook();
  assert.deepEqual(
    pushes.map((p) => p.payload),
    [{ kind: 'event', id: event.id }],
  );
  assert.ok(pushes[0].ttl > 0 && pushes[0].ttl <= 6 * 3600, 'a reminder is worthless after the start');
  t.clock.advance(HOUR);
  assert.equal(await sendDueReminders(t.ctx), 0, 'once only');
  assert.equal((await pushesSinceLastLook()).length, 0);
});

test('moving an event later re-arms its reminder; no reminder for 0 hours or a cancelled event', async () => {
  const startsAt = t.clock.now() + 3 * HOUR;
  const moved = await createEvent(t, organiser, { startsAt, endsAt: startsAt + HOUR, reminderHours: 2 });
  const silent = await createEvent(t, organiser, { startsAt, endsAt: startsAt + HOUR, reminderHours: 0 });
  const cancelled = await createEvent(t, organiser, { startsAt, endsAt: startsAt + HOUR, reminderHours: 2 });
  const member = await memberWithDevice();
  for (const e of [moved, silent, cancelled]) await rsvp(t, e.id, member);
  await t.call('POST', `/api/events/${cancelled.id}/cancel`, { cookie: organiser.cookie });
  await pushesSinceLastLook();

  t.clock.advance(HOUR);
  assert.equal(await sendDueReminders(t.ctx), 1);
  assert.deepEqual(
    (await pushesSinceLastLook()).map((p) => p.payload),
    [{ kind: 'event', id: moved.id }],
  );
  const later = startsAt + 24 * HOUR;
  const res = await t.call('PUT', `/api/events/${moved.id}`, {
    cookie: organiser.cookie,
    body: eventInput(t, { startsAt: later, endsAt: later + HOUR, reminderHours: 2 }),
  });
  assert.equal(res.status, 200);
  assert.equal(await sendDueReminders(t.ctx), 0);
  t.clock.set(later - 2 * HOUR);
  assert.equal(await sendDueReminders(t.ctx), 1, 'reminded again before the new time');
});

test('cancelling an event pushes everyone who planned to come', async () => {
  const event = await createEvent(t, organiser, { capacity: 1 });
  const going = await memberWithDevice();
  const waiting = await memberWithDevice();
  await rsvp(t, event.id, going);
  await rsvp(t, event.id, waiting);
  await pushesSinceLastLook();
  await t.call('POST', `/api/events/${event.id}/cancel`, { cookie: organiser.cookie });
  assert.deepEqual(
    (await pushesSinceLastLook()).map((p) => p.payload),
    [
      { kind: 'event', id: event.id },
      { kind: 'event', id: event.id },
    ],
  );
});

test('a member who gets a place from the waitlist is told by a push', async () => {
  const event = await createEvent(t, organiser, { capacity: 1 });
  const visitor = await rsvp(t, event.id, { name: 'Hodan' });
  const waiting = await memberWithDevice();
  await rsvp(t, event.id, waiting);
  await pushesSinceLastLook();
  await cancelRsvp(t, event.id, { token: visitor.manageToken ?? '' });
  assert.deepEqual(
    (await pushesSinceLastLook()).map((p) => p.payload),
    [{ kind: 'event', id: event.id }],
  );
});
