import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedDemoOrgs } from '../orgs/demo';
import { seedDemoZones } from '../zones/demo';
import type { PublicEvent } from './contract';
import { createEvent, eventInput, getEvent, insertCampaign, type Member, rsvp } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  await seedDemoZones(t.ctx);
  await seedDemoOrgs(t.ctx);
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

type EventList = { events: PublicEvent[] };

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;
const codeAndField = async (res: Response) => {
  const { code, field } = await errorOf(res);
  return { code, field };
};

test('an organiser creates an event at a public meeting point; anyone can read it, with its zone from the point', async () => {
  const event = await createEvent(t, organiser, { point: { lat: 44.9396, lng: -93.2539 }, capacity: 25, reminderHours: 6 });
  assert.equal(event.state, 'scheduled');
  assert.equal(event.zone?.name, 'Powderhorn Park');
  assert.deepEqual(event.point, { lat: 44.9396, lng: -93.2539 });
  assert.deepEqual(event.counts, { going: 0, waitlisted: 0, placesLeft: 25 });
  assert.deepEqual(await getEvent(t, event.id), event);
  const audit = await t.db.selectFrom('auditLog').select(['action', 'memberId']).where('objectId', '=', event.id).execute();
  assert.deepEqual(audit, [{ action: 'event.created', memberId: organiser.id }]);
});

test('only organisers create, change and cancel events', async () => {
  const member = await t.signIn();
  assert.equal((await t.call('POST', '/api/events', { cookie: member.cookie, body: eventInput(t) })).status, 403);
  assert.equal((await t.call('POST', '/api/events', { body: eventInput(t) })).status, 401);
  const event = await createEvent(t, organiser);
  assert.equal((await t.call('PUT', `/api/events/${event.id}`, { cookie: member.cookie, body: eventInput(t) })).status, 403);
  assert.equal((await t.call('POST', `/api/events/${event.id}/cancel`, { cookie: member.cookie })).status, 403);
});

test('bad events are refused with the field named, and nothing is written', async () => {
  const before = (await t.db.selectFrom('event').select('id').execute()).length;
  const cases: [Record<string, unknown>, string, string][] = [
    [{ endsAt: t.clock.now() + 47 * HOUR }, 'event_ends_before_start', 'endsAt'],
    [{ startsAt: t.clock.now() - HOUR, endsAt: t.clock.now() + HOUR }, 'event_in_past', 'startsAt'],
    [{ campaignId: 'no-such-campaign' }, 'unknown_campaign', 'campaignId'],
    [{ orgId: 'no-such-org' }, 'unknown_org', 'orgId'],
    [{ zoneId: 'no-such-zone' }, 'unknown_zone', 'zoneId'],
    [{ kind: 'riot' }, 'invalid_input', 'kind'],
    [{ capacity: 0 }, 'invalid_input', 'capacity'],
    [{ place: '' }, 'invalid_input', 'place'],
  ];
  for (const [overrides, code, field] of cases) {
    const res = await t.call('POST', '/api/events', { cookie: organiser.cookie, body: eventInput(t, overrides) });
    assert.equal(res.status, 400, JSON.stringify(overrides));
    assert.deepEqual(await codeAndField(res), { code, field });
  }
  assert.equal((await t.db.selectFrom('event').select('id').execute()).length, before);
});

test('an event names its campaign and organisation publicly only once they are public themselves', async () => {
  const draft = await insertCampaign(t, 'draft', 'Secret plan');
  const open = await insertCampaign(t, 'open');
  const { orgs } = (await (await t.call('GET', '/api/orgs')).json()) as { orgs: { id: string; name: string }[] };
  const org = orgs[0];
  const inDraft = await createEvent(t, organiser, { campaignId: draft, orgId: org.id });
  assert.equal(inDraft.campaign, null, 'a draft campaign is not named');
  assert.deepEqual(inDraft.org, { id: org.id, name: org.name });
  const inOpen = await createEvent(t, organiser, { campaignId: open });
  assert.deepEqual(inOpen.campaign, { id: open, name: 'No work, no school, no shopping' });

  const ofOrg = (await (await t.call('GET', `/api/events?org=${org.id}`)).json()) as EventList;
  assert.deepEqual(
    ofOrg.events.map((e) => e.id),
    [inDraft.id],
  );
  const ofCampaign = (await (await t.call('GET', `/api/events?campaign=${open}`)).json()) as EventList;
  assert.deepEqual(
    ofCampaign.events.map((e) => e.id),
    [inOpen.id],
  );
});

test('editing changes the event, bumps its calendar sequence, and a larger capacity lets people in from the waitlist', async () => {
  const event = await createEvent(t, organiser, { capacity: 1, kind: 'training', title: 'Know your rights' });
  await rsvp(t, event.id, { name: 'Hodan' });
  const waiting = await rsvp(t, event.id, { name: 'Xee' });
  assert.equal(waiting.rsvp.status, 'waitlisted');

  const same = await t.call('PUT', `/api/events/${event.id}`, {
    cookie: organiser.cookie,
    body: eventInput(t, { capacity: 1, kind: 'training', title: 'Know your rights', startsAt: event.startsAt, endsAt: event.endsAt }),
  });
  assert.equal(same.status, 200, 'a capacity equal to those going is fine');
  const edited = await t.call('PUT', `/api/events/${event.id}`, {
    cookie: organiser.cookie,
    body: eventInput(t, {
      capacity: 2,
      kind: 'training',
      title: 'Know your rights — bring a friend',
      startsAt: event.startsAt,
      endsAt: event.endsAt,
    }),
  });
  assert.equal(edited.status, 200);
  const after = (await edited.json()) as PublicEvent;
  assert.equal(after.title, 'Know your rights — bring a friend');
  assert.deepEqual(after.counts, { going: 2, waitlisted: 0, placesLeft: 0 });
  const mine = await t.call('POST', `/api/events/${event.id}/rsvps/mine`, { body: { token: waiting.manageToken } });
  assert.equal(((await mine.json()) as { status: string }).status, 'going');
  const row = await t.db.selectFrom('event').select('sequence').where('id', '=', event.id).executeTakeFirstOrThrow();
  assert.equal(row.sequence, 2, 'two edits');

  const below = await t.call('PUT', `/api/events/${event.id}`, {
    cookie: organiser.cookie,
    body: eventInput(t, { capacity: 1, kind: 'training', startsAt: event.startsAt, endsAt: event.endsAt }),
  });
  assert.equal(below.status, 409);
  assert.deepEqual(await codeAndField(below), { code: 'capacity_below_going', field: 'capacity' });
});

test('a cancelled event stays listed as cancelled, takes no RSVPs and cannot be edited', async () => {
  const event = await createEvent(t, organiser);
  const res = await t.call('POST', `/api/events/${event.id}/cancel`, { cookie: organiser.cookie });
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as PublicEvent).state, 'cancelled');
  const listed = ((await (await t.call('GET', '/api/events')).json()) as EventList).events.find((e) => e.id === event.id);
  assert.equal(listed?.state, 'cancelled');
  const late = await t.call('POST', `/api/events/${event.id}/rsvps`, { body: { name: 'Luz' } });
  assert.equal(late.status, 409);
  assert.equal((await errorOf(late)).code, 'event_cancelled');
  const edit = await t.call('PUT', `/api/events/${event.id}`, { cookie: organiser.cookie, body: eventInput(t) });
  assert.equal((await errorOf(edit)).code, 'event_cancelled');
});

test('the public list shows upcoming events soonest first, past ones on request', async () => {
  const soon = await createEvent(t, organiser, {
    title: 'Vigil tonight',
    kind: 'vigil',
    startsAt: t.clock.now() + HOUR,
    endsAt: t.clock.now() + 2 * HOUR,
  });
  const { events } = (await (await t.call('GET', '/api/events')).json()) as EventList;
  assert.equal(events[0].id, soon.id);
  assert.ok(events.every((e, i) => i === 0 || e.startsAt >= events[i - 1].startsAt));
  t.clock.advance(3 * HOUR);
  const upcoming = (await (await t.call('GET', '/api/events')).json()) as EventList;
  assert.ok(!upcoming.events.some((e) => e.id === soon.id));
  const past = (await (await t.call('GET', '/api/events?when=past')).json()) as EventList;
  assert.deepEqual(
    past.events.map((e) => e.id),
    [soon.id],
  );
  assert.equal((await t.call('GET', '/api/events?when=yesterday')).status, 400);
  assert.equal((await t.call('GET', '/api/events?organisation=x')).status, 400, 'a misspelt filter is refused');
});
