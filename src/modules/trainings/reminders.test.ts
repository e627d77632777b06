import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR, MINUTE } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import { createPushTestApp, type PushTestApp } from '../push/test-support/push-test-app';
import type { Course, Session } from './contract';
import { REMINDER_HOURS } from './limits';
import { sendSessionReminders } from './reminders';
import { createCourse, createSession, type Member, sessionInput } from './test-helpers';

/** Content-free pushes (kind `training`) to the people with a place: a reminder once across nodes, and a cancellation. */
let t: TestApp;
let memberWithDevice: () => Promise<Member>;
let received: PushTestApp['pushesSinceLastLook'];
let close: () => Promise<void>;
let organiser: Member;
let trainer: Member;
let course: Course;
before(async () => {
  ({ t, memberWithDevice, pushesSinceLastLook: received, close } = await createPushTestApp());
  organiser = await t.signIn({ roles: ['organiser'] });
  trainer = await t.signIn();
  course = await createCourse(t, organiser);
});
after(() => close());

const call = async (method: string, path: string, as: Member, body?: unknown) => {
  const res = await t.call(method, path, { cookie: as.cookie, body });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as Session;
};
const rsvp = (m: Member, session: Session) => call('POST', `/api/trainings/sessions/${session.id}/rsvp`, m);

/** The payloads pushed since the last look that name `sessionId`. */
async function pushesAbout(sessionId: string) {
  return (await received())
    .map((p) => ({ payload: JSON.parse(p.payload) as { kind: string; id: string }, ttl: p.ttl }))
    .filter((p) => p.payload.id === sessionId);
}

test('members going to a session are reminded once, a day before, whichever node ticks first', async () => {
  const session = await createSession(t, organiser, course.id, trainer);
  const [a, b, gaveBack] = [await memberWithDevice(), await memberWithDevice(), await memberWithDevice()];
  await memberWithDevice(); // subscribed, but not going
  for (const m of [a, b, gaveBack]) await rsvp(m, session);
  await call('DELETE', `/api/trainings/sessions/${session.id}/rsvp`, gaveBack);

  t.clock.set(session.startsAt - REMINDER_HOURS * HOUR - MINUTE);
  assert.equal(await sendSessionReminders(t.ctx), 0, 'not yet: a minute early');
  t.clock.advance(MINUTE);
  const sent = await Promise.all([sendSessionReminders(t.ctx), sendSessionReminders(t.ctx)]);
  assert.equal(sent[0] + sent[1], 1, 'one node sends it');
  const pushes = await pushesAbout(session.id);
  assert.deepEqual(
    pushes.map((p) => p.payload),
    [
      { kind: 'training', id: session.id },
      { kind: 'training', id: session.id },
    ],
    'one push to each of the two going, nothing else in it',
  );
  assert.ok(pushes.every((p) => p.ttl > 0 && p.ttl <= REMINDER_HOURS * 3600));
  t.clock.advance(HOUR);
  await sendSessionReminders(t.ctx);
  assert.equal((await pushesAbout(session.id)).length, 0, 'once only');
});

test('a session moved to a later day is reminded of again; a cancelled one is announced and never reminded', async () => {
  const session = await createSession(t, organiser, course.id, trainer);
  const member = await memberWithDevice();
  await rsvp(member, session);
  t.clock.set(session.startsAt - HOUR);
  await sendSessionReminders(t.ctx);
  assert.equal((await pushesAbout(session.id)).length, 1, 'reminded before its first date');

  const later = session.startsAt + 72 * HOUR;
  await call('PUT', `/api/trainings/sessions/${session.id}`, organiser, {
    ...sessionInput(t, course.id, trainer),
    startsAt: later,
    endsAt: later + 2 * HOUR,
  });
  t.clock.set(later - REMINDER_HOURS * HOUR);
  assert.equal(await sendSessionReminders(t.ctx), 1, 'reminded again before the new date');
  assert.equal((await pushesAbout(session.id)).length, 1);

  const other = await createSession(t, organiser, course.id, trainer);
  const going = await memberWithDevice();
  await rsvp(going, other);
  await pushesAbout(other.id);
  await call('POST', `/api/trainings/sessions/${other.id}/cancel`, organiser);
  assert.deepEqual(
    (await pushesAbout(other.id)).map((p) => p.payload),
    [{ kind: 'training', id: other.id }],
    'the cancellation reaches the member going',
  );
  t.clock.set(other.startsAt - HOUR);
  assert.equal(await sendSessionReminders(t.ctx), 0, 'no reminder for a cancelled session');
  assert.equal((await pushesAbout(other.id)).length, 0);
});
