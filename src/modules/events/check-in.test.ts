import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { CheckInEntry, CheckInSheet, PublicEvent, RsvpResult } from './contract';
import { createEvent, type Member, rsvp } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

/** An event starting in an hour, so check-in is open. */
const startingSoon = (overrides = {}) =>
  createEvent(t, organiser, { startsAt: t.clock.now() + HOUR, endsAt: t.clock.now() + 3 * HOUR, ...overrides });

async function sheet(eventId: string, as = organiser): Promise<CheckInSheet> {
  const res = await t.call('GET', `/api/events/${eventId}/check-in`, { cookie: as.cookie });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as CheckInSheet;
}

const selfCheckIn = (eventId: string, body: Record<string, unknown>, cookie?: string) =>
  t.call('POST', `/api/events/${eventId}/check-in/self`, { body, cookie });

const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

test('at the door the organiser sees pseudonyms and contacts left, checks people in, and every step is audited', async () => {
  const event = await startingSoon({ capacity: 1 });
  const hodan = await rsvp(t, event.id, { name: 'Hodan', contact: '612-555-0100' });
  await rsvp(t, event.id, { name: 'Xee' });
  const before = await sheet(event.id);
  assert.match(before.code, /^\d{6}$/);
  assert.deepEqual(
    before.rsvps.map((r) => [r.name, r.contact, r.status, r.checkedInAt]),
    [
      ['Hodan', '612-555-0100', 'going', null],
      ['Xee', null, 'waitlisted', null],
    ],
  );
  const res = await t.call('POST', `/api/events/${event.id}/rsvps/${hodan.rsvp.id}/check-in`, { cookie: organiser.cookie });
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as CheckInEntry).checkedInAt, t.clock.now());
  await t.call('POST', `/api/events/${event.id}/rsvps/${hodan.rsvp.id}/check-in`, { cookie: organiser.cookie });
  assert.equal((await sheet(event.id)).checkedIn, 1, 'checking in twice counts once');
  const undo = await t.call('DELETE', `/api/events/${event.id}/rsvps/${hodan.rsvp.id}/check-in`, { cookie: organiser.cookie });
  assert.equal(((await undo.json()) as CheckInEntry).checkedInAt, null);
  await t.call('POST', `/api/events/${event.id}/rsvps/${hodan.rsvp.id}/check-in`, { cookie: organiser.cookie });

  const actions = await t.db
    .selectFrom('auditLog')
    .select(['action', 'objectId'])
    .where('action', 'like', 'event.%')
    .where('objectId', 'in', [event.id, hodan.rsvp.id])
    .orderBy('at')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    actions.map((a) => a.action),
    [
      'event.created',
      'event.check_in_list_viewed',
      'event.checked_in',
      'event.check_in_list_viewed',
      'event.check_in_undone',
      'event.checked_in',
    ],
  );
  const member = await t.signIn();
  assert.equal((await t.call('GET', `/api/events/${event.id}/check-in`, { cookie: member.cookie })).status, 403);
  assert.equal((await t.call('GET', `/api/events/${event.id}/check-in`)).status, 401);
});

test('an attendee checks in on their own phone with the door code: their RSVP by token or membership, or as a walk-in', async () => {
  const event = await startingSoon({ capacity: 1 });
  const { code } = await sheet(event.id);
  const visitor = await rsvp(t, event.id, { name: 'Pa Nhia' });
  const member = await t.signIn({ displayName: 'Tou' });
  await rsvp(t, event.id, member);

  const wrong = await selfCheckIn(event.id, { code: code === '000000' ? '000001' : '000000', token: visitor.manageToken });
  assert.equal(wrong.status, 400);
  assert.equal(await codeOf(wrong), 'wrong_check_in_code');

  const byToken = (await (await selfCheckIn(event.id, { code, token: visitor.manageToken })).json()) as RsvpResult;
  assert.deepEqual([byToken.rsvp.id, byToken.rsvp.checkedIn, byToken.manageToken], [visitor.rsvp.id, true, null]);
  const byMember = (await (await selfCheckIn(event.id, { code }, member.cookie)).json()) as RsvpResult;
  assert.deepEqual([byMember.rsvp.name, byMember.rsvp.status, byMember.rsvp.checkedIn], ['Tou', 'waitlisted', true]);

  const nameless = await selfCheckIn(event.id, { code });
  assert.equal(await codeOf(nameless), 'name_required');
  const walkIn = (await (await selfCheckIn(event.id, { code, name: 'Rosa' })).json()) as RsvpResult;
  assert.deepEqual([walkIn.rsvp.status, walkIn.rsvp.checkedIn], ['walk_in', true]);
  assert.ok(walkIn.manageToken, 'a walk-in can come back to their RSVP');

  const after = await sheet(event.id);
  assert.deepEqual([after.checkedIn, after.walkIns], [3, 1]);
  const publicView = (await (await t.call('GET', `/api/events/${event.id}`)).json()) as PublicEvent;
  assert.deepEqual(publicView.counts, { going: 1, waitlisted: 1, placesLeft: 0 }, 'a walk-in takes no RSVP place');
});

test('check-in opens 3 hours before the start and closes 3 hours after the end; not for a cancelled event', async () => {
  const event = await createEvent(t, organiser, { startsAt: t.clock.now() + 4 * HOUR, endsAt: t.clock.now() + 5 * HOUR });
  const { code } = await sheet(event.id);
  const visitor = await rsvp(t, event.id, { name: 'Luz' });
  const early = await selfCheckIn(event.id, { code, token: visitor.manageToken });
  assert.equal(await codeOf(early), 'check_in_closed');
  const atDoor = await t.call('POST', `/api/events/${event.id}/rsvps/${visitor.rsvp.id}/check-in`, { cookie: organiser.cookie });
  assert.equal(await codeOf(atDoor), 'check_in_closed');
  t.clock.advance(HOUR);
  assert.equal((await selfCheckIn(event.id, { code, token: visitor.manageToken })).status, 200);
  t.clock.advance(7 * HOUR + 1);
  assert.equal(await codeOf(await selfCheckIn(event.id, { code, name: 'Late' })), 'check_in_closed');

  const cancelled = await startingSoon();
  const second = await sheet(cancelled.id);
  await t.call('POST', `/api/events/${cancelled.id}/cancel`, { cookie: organiser.cookie });
  assert.equal(await codeOf(await selfCheckIn(cancelled.id, { code: second.code, name: 'Sam' })), 'event_cancelled');
});

test('the check-in code is never public', async () => {
  const event = await startingSoon();
  const { code } = await sheet(event.id);
  // Digits appear in times; the code would appear as a string value.
  for (const path of [`/api/events/${event.id}`, '/api/events'])
    assert.ok(!(await (await t.call('GET', path)).text()).includes(`"${code}"`), path);
});
