import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { neighboursOf } from '../zones';
import type { QueueItem } from './contract';
import { sampleReport, zoneIdOf } from './test-helpers';

const MINUTE = 60_000;
let t: TestApp;
let dispatcher: { cookie: string };
let home: string;
let neighbour: string;
let farAway: string;

before(async () => {
  t = await createTestApp({ DUPLICATE_WINDOW_MINUTES: '30' });
  home = await zoneIdOf(t);
  const near = await neighboursOf(t.ctx, home);
  neighbour = near[0];
  const all = await t.db.selectFrom('zone').select('id').execute();
  farAway = all.map((z) => z.id).find((id) => id !== home && !near.includes(id)) as string;
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
});
after(() => t.close());

async function file(zoneId: string, over: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, over) });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

async function queue(): Promise<QueueItem[]> {
  const res = await t.call('GET', '/api/reports/queue', { cookie: dispatcher.cookie });
  assert.equal(res.status, 200);
  return ((await res.json()) as { reports: QueueItem[] }).reports;
}

const suggestionsOf = async (id: string) => (await queue()).find((r) => r.id === id)?.duplicates ?? [];

test('a second report in the same zone within the window is suggested, with a score and reasons', async () => {
  t.clock.advance(2 * 60 * MINUTE);
  const first = await file(home);
  const second = await file(home, { people: 5, seenAt: t.clock.now() - 2 * MINUTE });
  const [suggestion] = await suggestionsOf(second);
  assert.equal(suggestion.id, first);
  assert.ok(suggestion.score > 0.8, `score ${suggestion.score}`);
  assert.deepEqual(suggestion.reasons, ['same_zone', 'close_in_time', 'same_activity', 'similar_size', 'similar_words']);
  assert.equal(suggestion.state, 'new');
  assert.ok(suggestion.zoneName.length > 0);
  // And the other way round.
  assert.equal((await suggestionsOf(first))[0].id, second);
});

test('a neighbouring zone is suggested and ranked below an equally alike report in the same zone; a far zone is not', async () => {
  t.clock.advance(2 * 60 * MINUTE);
  const report = await file(home);
  const next = await file(neighbour);
  const same = await file(home);
  const far = await file(farAway);
  const suggestions = await suggestionsOf(report);
  assert.deepEqual(
    suggestions.map((s) => s.id),
    [same, next],
  );
  assert.ok(suggestions[1].reasons.includes('neighbour_zone'));
  assert.ok(!suggestions.some((s) => s.id === far));
});

test('reports seen outside the window are not suggested, nor false alarms; a confirmed one is', async () => {
  t.clock.advance(2 * 60 * MINUTE);
  const verifier = await t.signIn({ roles: ['verifier'] });
  const old = await file(home, { seenAt: t.clock.now() - 40 * MINUTE });
  const falseAlarm = await file(home);
  await t.call('POST', `/api/reports/${falseAlarm}/decision`, { cookie: verifier.cookie, body: { outcome: 'false_alarm' } });
  const confirmed = await file(home);
  await t.call('POST', `/api/reports/${confirmed}/decision`, {
    cookie: verifier.cookie,
    body: { outcome: 'confirmed', method: 'trusted_source' },
  });
  const report = await file(home, { seenAt: t.clock.now() });
  const suggestions = await suggestionsOf(report);
  assert.deepEqual(
    suggestions.map((s) => [s.id, s.state]),
    [[confirmed, 'confirmed']],
  );
  assert.ok(!suggestions.some((s) => s.id === old));
  // Ten minutes seen apart is inside the window either way.
  const tenLater = await file(home, { seenAt: t.clock.now() - 30 * MINUTE });
  assert.ok((await suggestionsOf(tenLater)).some((s) => s.id === old));
});

test('GET /api/reports/{id}/duplicates gives one report its suggestions; open incidents are listed', async () => {
  t.clock.advance(2 * 60 * MINUTE);
  const a = await file(home);
  const b = await file(home);
  const res = await t.call('GET', `/api/reports/${b}/duplicates`, { cookie: dispatcher.cookie });
  assert.equal(res.status, 200);
  assert.deepEqual(
    ((await res.json()) as { duplicates: { id: string }[] }).duplicates.map((d) => d.id),
    [a],
  );
  const incidents = await t.call('GET', '/api/reports/incidents', { cookie: dispatcher.cookie });
  assert.equal(incidents.status, 200);
  assert.ok(((await incidents.json()) as { reports: { state: string }[] }).reports.every((r) => r.state === 'confirmed'));
});
