import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import { validateAtom, validateCap } from './cap/test-helpers';
import { sendAlert, watchers } from './test-helpers';

/** CAP 1.2 exports of real alerts, validated against the OASIS schema; the public Atom feed, off by default. */
let t: TestApp;
let feedOn: TestApp;
before(async () => {
  t = await createTestApp();
  feedOn = await createTestApp({ ALERTS_PUBLIC_FEED: '1' });
});
after(async () => {
  await t.close();
  await feedOn.close();
});

async function capOf(app: TestApp, path: string, cookie?: string) {
  const res = await app.call('GET', path, { cookie });
  assert.equal(res.status, 200, await res.clone().text());
  assert.match(res.headers.get('content-type') ?? '', /^application\/xml/);
  const xml = await res.text();
  const validation = await validateCap(xml);
  assert.ok(validation.valid, validation.rawOutput);
  return xml;
}
const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

test('a sent alert exports as a valid CAP Alert in four languages, times in the network’s zone', async () => {
  const report = await confirmedReport(t, { slug: 'powderhorn-park' });
  const alert = await sendAlert(t, report.verifier, report.id);
  const member = await t.signIn({ trusted: false });
  const xml = await capOf(t, `/api/alerts/${alert.id}/cap`, member.cookie);
  assert.deepEqual(all(xml, 'identifier'), [alert.id]);
  assert.deepEqual(all(xml, 'msgType'), ['Alert']);
  assert.deepEqual(all(xml, 'scope'), ['Restricted']);
  assert.deepEqual(all(xml, 'language'), ['en-US', 'es-US', 'so', 'hmn']);
  // The pinned clock is 12:00 UTC on 23 January 2026: 06:00 in Minneapolis.
  assert.deepEqual(all(xml, 'sent'), ['2026-01-23T06:00:00-06:00']);
  assert.deepEqual(all(xml, 'expires'), Array(4).fill('2026-01-23T08:00:00-06:00'));
  assert.deepEqual(all(xml, 'headline'), [
    alert.messages.en.headline,
    alert.messages.es.headline,
    alert.messages.so.headline,
    alert.messages.hmn.headline,
  ]);
  assert.ok(all(xml, 'areaDesc').every((d) => d === 'Powderhorn Park'));
  assert.equal(all(xml, 'polygon').length, 4, 'the zone outline, once per language');
  assert.deepEqual(all(xml, 'incidents'), [report.id]);
  assert.equal((await t.call('GET', `/api/alerts/${alert.id}/cap`)).status, 401);
});

test('updates and cancel are CAP Update and Cancel messages that reference every earlier message', async () => {
  const report = await confirmedReport(t, { slug: 'seward' });
  const alert = await sendAlert(t, report.verifier, report.id);
  await t.call('POST', `/api/alerts/${alert.id}/updates`, { cookie: report.verifier.cookie, body: { kind: 'still_active' } });
  const update = await capOf(t, `/api/alerts/${alert.id}/cap`, report.verifier.cookie);
  assert.deepEqual(all(update, 'msgType'), ['Update']);
  assert.match(update, new RegExp(`<references>whistle@localhost,${alert.id},2026-01-23T06:00:00-06:00</references>`));
  const cancelled = await t.call('POST', `/api/alerts/${alert.id}/cancel`, { cookie: report.verifier.cookie, body: {} });
  const cancelledAlert = (await cancelled.json()) as { events: { id: string }[] };
  const cancel = await capOf(t, `/api/alerts/${alert.id}/cap`, report.verifier.cookie);
  assert.deepEqual(all(cancel, 'msgType'), ['Cancel']);
  assert.deepEqual(all(cancel, 'identifier'), [cancelledAlert.events[2].id]);
  assert.equal(all(cancel, 'references')[0].split(' ').length, 2);
  assert.ok(all(cancel, 'urgency').every((u) => u === 'Past'));

  const cleared = await sendAlert(t, report.verifier, report.id);
  await t.call('POST', `/api/alerts/${cleared.id}/all-clear`, { cookie: report.verifier.cookie, body: {} });
  const allClear = await capOf(t, `/api/alerts/${cleared.id}/cap`, report.verifier.cookie);
  assert.deepEqual(all(allClear, 'msgType'), ['Update']);
  assert.ok(all(allClear, 'responseType').every((r) => r === 'AllClear'));
});

test('an alert that was never sent has no CAP message', async () => {
  const report = await confirmedReport(t, { slug: 'whittier' });
  await watchers(t, report.zoneId, 51);
  const waiting = await sendAlert(t, report.verifier, report.id);
  assert.equal((await t.call('GET', `/api/alerts/${waiting.id}/cap`, { cookie: report.verifier.cookie })).status, 404);
});

test('the public Atom feed is off unless the network switches it on', async () => {
  const report = await confirmedReport(t, { slug: 'kenwood' });
  const alert = await sendAlert(t, report.verifier, report.id);
  const off = await t.call('GET', '/api/alerts/feed.atom');
  assert.equal(off.status, 404);
  assert.equal(((await off.json()) as { error: { code: string } }).error.code, 'not_found');
  assert.equal((await t.call('GET', `/api/alerts/feed/${alert.id}`)).status, 404);
});

test('when on, the feed lists active alerts only, each linking to a public CAP message', async () => {
  const report = await confirmedReport(feedOn, { slug: 'cooper' });
  const other = await confirmedReport(feedOn, { slug: 'cooper' });
  const short = await sendAlert(feedOn, report.verifier, report.id, { expiresInMinutes: 30 });
  const long = await sendAlert(feedOn, other.verifier, other.id, { expiresInMinutes: 180 });
  feedOn.clock.advance(HOUR);
  const res = await feedOn.call('GET', '/api/alerts/feed.atom');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/atom\+xml/);
  const atom = await res.text();
  const validation = await validateAtom(atom);
  assert.ok(validation.valid, validation.rawOutput);
  assert.ok(atom.includes(`urn:uuid:${long.id}`));
  assert.ok(!atom.includes(short.id), 'the expired alert is gone');
  const capUrl = `/api/alerts/feed/${long.id}`;
  assert.ok(atom.includes(`http://localhost:8080${capUrl}`));
  const publicCap = await capOf(feedOn, capUrl);
  assert.deepEqual(all(publicCap, 'scope'), ['Public']);
  assert.equal((await feedOn.call('GET', `/api/alerts/feed/${short.id}`)).status, 404);
});
