import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PublicEvent as BusEvent } from '../../core/bus/public-events';
import { DAY, HOUR } from '../../core/clock';
import { hashToken } from '../../core/ids';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { MyRsvp, RsvpResult } from './contract';
import { cancelRsvp, createEvent, getEvent, type Member, rsvp } from './test-helpers';

let t: TestApp;
let organiser: Member;
/** The `data` of public events published for webhooks. */
const published: Record<string, unknown>[] = [];
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  for (const type of ['rsvp.created', 'rsvp.cancelled'])
    t.ctx.bus.subscribe<BusEvent>(`public.${type}`, async (e) => void published.push(e.data.data));
});
after(() => t.close());

const mine = async (eventId: string, token: string) =>
  (await (await t.call('POST', `/api/events/${eventId}/rsvps/mine`, { body: { token } })).json()) as MyRsvp;

test('50 people RSVP at once for 10 places: exactly 10 go, 40 wait in order, and a cancellation lets the first one in', async () => {
  const event = await createEvent(t, organiser, { kind: 'training', capacity: 10 });
  const results = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const res = await t.call('POST', `/api/events/${event.id}/rsvps`, { body: { name: `Person ${i}` } });
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as RsvpResult;
    }),
  );
  const going = results.filter((r) => r.rsvp.status === 'going');
  const waiting = results.filter((r) => r.rsvp.status === 'waitlisted');
  assert.equal(going.length, 10);
  assert.equal(waiting.length, 40);
  assert.deepEqual((await getEvent(t, event.id)).counts, { going: 10, waitlisted: 40, placesLeft: 0 });
  const rows = await t.db.selectFrom('eventRsvp').select(['status', 'position']).where('eventId', '=', event.id).execute();
  const lastGoing = Math.max(...rows.filter((r) => r.status === 'going').map((r) => r.position));
  assert.ok(
    rows.filter((r) => r.status === 'waitlisted').every((r) => r.position > lastGoing),
    'places went to the first in the queue',
  );
  assert.equal(new Set(rows.map((r) => r.position)).size, 50, 'one place in the queue each');

  const positions = await Promise.all(waiting.map(async (w) => [(await mine(event.id, w.manageToken ?? '')).waitlistPosition, w] as const));
  const first = positions.find(([p]) => p === 1)?.[1];
  assert.ok(first, 'someone is first in the waitlist');
  assert.deepEqual(
    positions.map(([p]) => p).sort((a, b) => (a ?? 0) - (b ?? 0)),
    Array.from({ length: 40 }, (_, i) => i + 1),
  );

  published.length = 0;
  const cancelled = await cancelRsvp(t, event.id, { token: going[3].manageToken ?? '' });
  assert.equal(cancelled.status, 'cancelled');
  assert.equal((await mine(event.id, first.manageToken ?? '')).status, 'going');
  assert.deepEqual((await getEvent(t, event.id)).counts, { going: 10, waitlisted: 39, placesLeft: 0 });
  assert.deepEqual(published, [{ eventId: event.id, rsvpId: going[3].rsvp.id, promotedRsvpIds: [first.rsvp.id] }]);

  const again = await cancelRsvp(t, event.id, { token: going[3].manageToken ?? '' });
  assert.equal(again.status, 'cancelled', 'cancelling twice changes nothing');
  assert.equal((await getEvent(t, event.id)).counts.waitlisted, 39);
});

test('a visitor keeps a manage token; only its hash is stored, and nothing public names anyone', async () => {
  const event = await createEvent(t, organiser, { capacity: 1 });
  published.length = 0;
  const hodan = await rsvp(t, event.id, { name: 'Hodan W.', contact: 'hodan@example.org' });
  assert.equal(hodan.rsvp.status, 'going');
  assert.ok(hodan.manageToken && hodan.manageToken.length >= 40);
  const xee = await rsvp(t, event.id, { name: 'Xee V.' });
  assert.deepEqual({ status: xee.rsvp.status, position: xee.rsvp.waitlistPosition }, { status: 'waitlisted', position: 1 });

  const row = await t.db.selectFrom('eventRsvp').selectAll().where('id', '=', hodan.rsvp.id).executeTakeFirstOrThrow();
  assert.equal(row.tokenHash, hashToken(hodan.manageToken ?? ''));
  assert.equal(row.contact, 'hodan@example.org');
  const everything = JSON.stringify(await t.db.selectFrom('eventRsvp').selectAll().execute());
  assert.ok(!everything.includes(hodan.manageToken ?? ''), 'the token itself is never stored');

  for (const path of [`/api/events/${event.id}`, '/api/events', `/api/events/${event.id}/ical`]) {
    const text = await (await t.call('GET', path)).text();
    for (const secret of ['Hodan', 'Xee', 'hodan@example.org']) assert.ok(!text.includes(secret), `${path} leaks ${secret}`);
  }
  assert.deepEqual(
    published.map((e) => Object.keys(e).sort()),
    [
      ['eventId', 'rsvpId', 'status'],
      ['eventId', 'rsvpId', 'status'],
    ],
  );
  assert.ok(!JSON.stringify(published).includes('Hodan'));

  const wrong = await t.call('POST', `/api/events/${event.id}/rsvps/mine`, { body: { token: 'not-the-token' } });
  assert.equal(wrong.status, 404);
  const noName = await t.call('POST', `/api/events/${event.id}/rsvps`, { body: { contact: 'x' } });
  assert.equal(noName.status, 400);
  assert.deepEqual(((await noName.json()) as { error: { code: string; field: string } }).error.field, 'name');
});

test('a member RSVPs once (asking again answers the same RSVP); after cancelling, RSVPing again joins the end of the queue', async () => {
  const event = await createEvent(t, organiser, { capacity: 1 });
  const member = await t.signIn({ displayName: 'Tou' });
  const first = await rsvp(t, event.id, member);
  assert.deepEqual(
    { status: first.rsvp.status, name: first.rsvp.name, token: first.manageToken },
    { status: 'going', name: 'Tou', token: null },
  );
  const again = await rsvp(t, event.id, member);
  assert.equal(again.rsvp.id, first.rsvp.id);
  const luz = await rsvp(t, event.id, { name: 'Luz' });
  assert.equal(luz.rsvp.status, 'waitlisted');

  await cancelRsvp(t, event.id, member);
  assert.equal((await mine(event.id, luz.manageToken ?? '')).status, 'going');
  const back = await rsvp(t, event.id, member);
  assert.equal(back.rsvp.id, first.rsvp.id, 'the same RSVP, renewed');
  assert.deepEqual({ status: back.rsvp.status, position: back.rsvp.waitlistPosition }, { status: 'waitlisted', position: 1 });
  const own = await t.call('POST', `/api/events/${event.id}/rsvps/mine`, { cookie: member.cookie, body: {} });
  assert.equal(((await own.json()) as MyRsvp).status, 'waitlisted');
  assert.equal(
    (await t.call('POST', `/api/events/${event.id}/rsvps/mine`, { body: {} })).status,
    404,
    'a visitor without a token has none',
  );
});

test('RSVPs close when the event is over', async () => {
  const event = await createEvent(t, organiser, { startsAt: t.clock.now() + HOUR, endsAt: t.clock.now() + 2 * HOUR });
  t.clock.advance(2 * HOUR);
  const late = await t.call('POST', `/api/events/${event.id}/rsvps`, { body: { name: 'Late' } });
  assert.equal(late.status, 409);
  assert.equal(((await late.json()) as { error: { code: string } }).error.code, 'event_over');
});

test('the day after an event its RSVPs lose names, contacts and member links; the counts stay', async () => {
  const event = await createEvent(t, organiser, { startsAt: t.clock.now() + HOUR, endsAt: t.clock.now() + 2 * HOUR });
  const later = await createEvent(t, organiser, { startsAt: t.clock.now() + 5 * DAY, endsAt: t.clock.now() + 5 * DAY + HOUR });
  const member = await t.signIn();
  await rsvp(t, event.id, { name: 'Fartun', contact: '612-555-0100' });
  await rsvp(t, event.id, member);
  await rsvp(t, later.id, { name: 'Pa Nhia', contact: '612-555-0199' });

  t.clock.advance(2 * HOUR + DAY - 1);
  let results = await purgeExpired(t.db, retentionRules, t.config, t.clock.now());
  assert.equal(results.find((r) => r.kind === 'event_rsvp')?.deleted, 0, 'not yet a day after');
  t.clock.advance(2);
  results = await purgeExpired(t.db, retentionRules, t.config, t.clock.now());
  assert.ok((results.find((r) => r.kind === 'event_rsvp')?.deleted ?? 0) >= 2);
  const rows = await t.db
    .selectFrom('eventRsvp')
    .select(['name', 'contact', 'memberId', 'tokenHash', 'status'])
    .where('eventId', '=', event.id)
    .execute();
  assert.deepEqual(rows, [
    { name: '', contact: null, memberId: null, tokenHash: null, status: 'going' },
    { name: '', contact: null, memberId: null, tokenHash: null, status: 'going' },
  ]);
  assert.equal((await getEvent(t, event.id)).counts.going, 2);
  const kept = await t.db.selectFrom('eventRsvp').select('contact').where('eventId', '=', later.id).execute();
  assert.deepEqual(kept, [{ contact: '612-555-0199' }], 'a later event keeps its RSVPs');
});

test('public RSVPs are rate-limited per client like report intake', async () => {
  const limited = await createTestApp({ SIGNUP_RATE_LIMIT_PER_MINUTE: '3' });
  try {
    const boss = await limited.signIn({ roles: ['organiser'] });
    const event = await createEvent(limited, boss);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await limited.call('POST', `/api/events/${event.id}/rsvps`, { body: { name: `P${i}` } })).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.equal((await limited.call('GET', `/api/events/${event.id}`)).status, 200, 'reading is not limited');
  } finally {
    await limited.close();
  }
});
