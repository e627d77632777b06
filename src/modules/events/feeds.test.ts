import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedDemoOrgs } from '../orgs/demo';
import { createEvent, insertCampaign, type Member } from './test-helpers';

let t: TestApp;
let organiser: Member;
let orgId: string;
before(async () => {
  t = await createTestApp();
  await seedDemoOrgs(t.ctx);
  organiser = await t.signIn({ roles: ['organiser'] });
  const { orgs } = (await (await t.call('GET', '/api/orgs')).json()) as { orgs: { id: string }[] };
  orgId = orgs[0].id;
});
after(() => t.close());

/** A reader written apart from the writer: checks CRLF and folding, then unfolds into components of properties. */
function readCalendar(ics: string) {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  assert.equal(ics.replace(/\r\n/g, '').match(/[\r\n]/), null, 'no bare CR or LF');
  for (const line of ics.slice(0, -2).split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  const lines = ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  const stack: { name: string; props: Map<string, string[]>; children: unknown[] }[] = [];
  let root: (typeof stack)[number] | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (name === 'BEGIN') {
      const component = { name: value, props: new Map<string, string[]>(), children: [] as unknown[] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      root ??= component;
    } else if (name === 'END') assert.equal(stack.pop()?.name, value, 'components nest');
    else
      stack
        .at(-1)
        ?.props.set(name, [
          ...(stack.at(-1)?.props.get(name) ?? []),
          value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c)),
        ]);
  }
  assert.equal(stack.length, 0);
  assert.ok(root);
  const calendar = root;
  assert.equal(calendar.name, 'VCALENDAR');
  for (const required of ['VERSION', 'PRODID']) assert.ok(calendar.props.has(required), required);
  const events = (calendar.children as typeof stack).filter((c) => c.name === 'VEVENT');
  for (const e of events)
    for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND']) assert.equal(e.props.get(required)?.length, 1, required);
  const one = (e: (typeof events)[number], name: string) => e.props.get(name)?.[0];
  return { calendar, events: events.map((e) => Object.fromEntries([...e.props.keys()].map((k) => [k, one(e, k)]))) };
}

async function fetchIcs(path: string) {
  const res = await t.call('GET', path);
  assert.equal(res.status, 200, path);
  assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
  return { res, ics: await res.text() };
}

test("an event's .ics parses back to one VEVENT with its times, place, link, and a long Somali description intact", async () => {
  const description =
    `Isu soo bax nabadeed; fadlan keen biyo, calamo iyo saaxiibadaa. ${'Socod wadajir ah oo ka bilaabanaya beerta. '.repeat(5)}`.trim();
  const event = await createEvent(t, organiser, { title: 'Socod: deriskeenna', description, place: 'Powderhorn Park, 35th St' });
  const { res, ics } = await fetchIcs(`/api/events/${event.id}/ical`);
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="whistle-event\.ics"$/);
  const { calendar, events } = readCalendar(ics);
  assert.equal(calendar.props.get('X-WR-TIMEZONE')?.[0], 'America/Chicago');
  assert.deepEqual(events, [
    {
      UID: `${event.id}@localhost`,
      DTSTAMP: '20260123T120000Z',
      DTSTART: '20260125T120000Z',
      DTEND: '20260125T150000Z',
      SUMMARY: 'Socod: deriskeenna',
      DESCRIPTION: description,
      LOCATION: 'Powderhorn Park, 35th St',
      URL: `http://localhost:8080/events/${event.id}`,
      STATUS: 'CONFIRMED',
      SEQUENCE: '0',
    },
  ]);
  assert.ok(ics.includes('\r\n '), 'the long description was folded');
});

test('the organisation feed lists its events (cancelled ones as CANCELLED) and keeps a month of the past', async () => {
  const old = await createEvent(t, organiser, {
    orgId,
    title: 'Old vigil',
    startsAt: t.clock.now() + HOUR,
    endsAt: t.clock.now() + 2 * HOUR,
  });
  const cancelled = await createEvent(t, organiser, { orgId, title: 'Rally' });
  const other = await createEvent(t, organiser, { title: 'Not theirs' });
  await t.call('POST', `/api/events/${cancelled.id}/cancel`, { cookie: organiser.cookie });
  const { events } = readCalendar((await fetchIcs(`/api/events/orgs/${orgId}/ical`)).ics);
  assert.deepEqual(
    events.map((e) => [e.SUMMARY, e.STATUS, e.SEQUENCE]),
    [
      ['Old vigil', 'CONFIRMED', '0'],
      ['Rally', 'CANCELLED', '1'],
    ],
  );
  assert.ok(!events.some((e) => e.UID?.startsWith(other.id)));
  t.clock.advance(31 * DAY);
  assert.ok(!readCalendar((await fetchIcs(`/api/events/orgs/${orgId}/ical`)).ics).events.some((e) => e.UID?.startsWith(old.id)));
});

test('a campaign feed exists once the campaign is public; unknown feeds are 404', async () => {
  const open = await insertCampaign(t, 'open', 'May Day');
  const draft = await insertCampaign(t, 'draft');
  // A month has passed in the test before: the first organiser's session is over.
  await createEvent(t, await t.signIn({ roles: ['organiser'] }), { campaignId: open, title: 'May Day march' });
  const { calendar, events } = readCalendar((await fetchIcs(`/api/events/campaigns/${open}/ical`)).ics);
  assert.equal(calendar.props.get('X-WR-CALNAME')?.[0], 'May Day (Minneapolis)');
  assert.deepEqual(
    events.map((e) => e.SUMMARY),
    ['May Day march'],
  );
  assert.equal((await t.call('GET', `/api/events/campaigns/${draft}/ical`)).status, 404);
  assert.equal((await t.call('GET', '/api/events/orgs/no-such-org/ical')).status, 404);
  assert.equal((await t.call('GET', '/api/events/no-such-event/ical')).status, 404);
});
