import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { utcDateTime } from '../../core/ical/ical';
import { hashToken } from '../../core/ids';
import type { TestApp } from '../../test-support/test-app';
import type { FeedLink, FeedState } from './contract';
import { act, aShift, type Member, ok, patrolsTestApp, shiftsOf, signUp } from './test-helpers';

/** The private calendar feed of my shifts: a secret link (only its hash kept), reset at will, parsed back here. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

/** RFC 5545 read back: unfolded lines, each VEVENT as its properties (parameters dropped, text unescaped). */
function parseCalendar(text: string) {
  assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line endings');
  const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  assert.deepEqual([lines[0], lines.at(-1)], ['BEGIN:VCALENDAR', 'END:VCALENDAR']);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]] = line
        .slice(colon + 1)
        .replace(/\\([\\;,])/g, '$1')
        .replace(/\\n/g, '\n');
    }
  }
  return events;
}

const feedPath = (url: string) => new URL(url).pathname;

test('my shifts as a calendar: each place an event at the right instant; cancelled shifts marked; no feed without the link', async () => {
  const member = await t.signIn();
  assert.deepEqual(await ok<FeedState>(await t.call('GET', '/api/patrols/feed', { cookie: member.cookie })), {
    active: false,
    createdAt: null,
  });
  const { series } = await aShift(t, organiser, zones.powderhorn, { label: 'Drop-off' });
  const [first, second, third] = (await shiftsOf(t, series.id)).filter((s) => s.startsAt > t.clock.now());
  for (const s of [first, second, third]) await signUp(t, member, s.id);
  const given = (await signUp(t, await t.signIn(), first.id)).id;
  await ok(await t.call('POST', `/api/patrols/shifts/${second.id}/cancel`, { cookie: organiser.cookie }));
  const mine = await ok<{ signups: { id: string; shift: { id: string } }[] }>(
    await t.call('GET', '/api/patrols/mine', { cookie: member.cookie }),
  );
  const thirdPlace = mine.signups.find((s) => s.shift.id === third.id);
  assert.ok(thirdPlace);
  await ok(await act(t, member, thirdPlace.id, 'cancel'));

  const link = await ok<FeedLink>(await t.call('POST', '/api/patrols/feed', { cookie: member.cookie }));
  assert.match(link.url, /^http:\/\/localhost:8080\/api\/patrols\/feed\/[\w-]{43}$/);
  const token = link.url.split('/').pop() ?? '';
  const stored = await t.db.selectFrom('patrolFeed').selectAll().execute();
  assert.deepEqual(
    stored.map((r) => [r.memberId, r.tokenHash]),
    [[member.id, hashToken(token)]],
    'only the hash is kept',
  );

  const res = await t.call('GET', feedPath(link.url));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.equal(res.headers.get('cache-control'), 'private, no-store');
  const events = parseCalendar(await res.text());
  assert.deepEqual(
    events.map((e) => [e.UID, e.DTSTART, e.DTEND, e.SUMMARY, e.STATUS, e.LOCATION]),
    [
      [
        `patrol-shift-${first.id}@localhost`,
        utcDateTime(first.startsAt),
        utcDateTime(first.endsAt),
        'Patrol: Anwatin school, main doors (Drop-off)',
        'CONFIRMED',
        'Anwatin school, main doors, Powderhorn Park',
      ],
      [
        `patrol-shift-${second.id}@localhost`,
        utcDateTime(second.startsAt),
        utcDateTime(second.endsAt),
        'Patrol: Anwatin school, main doors (Drop-off)',
        'CANCELLED',
        'Anwatin school, main doors, Powderhorn Park',
      ],
    ],
    'the place given up is gone; the shift the organiser cancelled shows cancelled',
  );
  assert.equal(events[1].SEQUENCE, '1');
  assert.ok(!events.some((e) => e.UID.includes(given)), "another member's place is not in my feed");

  // A new link: the old one stops working.
  const fresh = await ok<FeedLink>(await t.call('POST', '/api/patrols/feed', { cookie: member.cookie }));
  assert.equal((await t.call('GET', feedPath(link.url))).status, 404);
  assert.equal((await t.call('GET', feedPath(fresh.url))).status, 200);
  assert.equal((await ok<FeedState>(await t.call('GET', '/api/patrols/feed', { cookie: member.cookie }))).active, true);
  await ok(await t.call('DELETE', '/api/patrols/feed', { cookie: member.cookie }));
  assert.equal((await t.call('GET', feedPath(fresh.url))).status, 404);
});
