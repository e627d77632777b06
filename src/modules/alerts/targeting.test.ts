import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import { cellOf, listZones, ZONE_WATCH_CHANGED, type ZoneSummary } from '../zones';
import { startWatcherIndex } from './audience';
import type { AlertPreview } from './contract';
import { alertInput, errorOf, json, sendAlert, watcher } from './test-helpers';

let t: TestApp;
let zones: ZoneSummary[];
const bySlug = (slug: string) => zones.find((z) => z.slug === slug) as ZoneSummary;
before(async () => {
  t = await createTestApp();
  await confirmedReport(t);
  zones = await listZones(t.ctx);
});
after(() => t.close());

const preview = async (cookie: string, body: unknown) =>
  json<AlertPreview>(await t.call('POST', '/api/alerts/preview', { cookie, body }), 200);

test('targets are the report’s zone and chosen neighbours only', async () => {
  const report = await confirmedReport(t, { slug: 'powderhorn-park' });
  const home = bySlug('powderhorn-park');
  const [n1, n2] = home.neighbours;
  const alert = await sendAlert(t, report.verifier, report.id, { targets: { neighbourZoneIds: [n2, n1, n1, home.id] } });
  assert.deepEqual(
    alert.zones.map((z) => z.id),
    [home.id, ...[n1, n2].sort((a, b) => zones.findIndex((z) => z.id === a) - zones.findIndex((z) => z.id === b))],
  );
  assert.equal(alert.zones[0].name, 'Powderhorn Park');
  const far = bySlug('shingle-creek');
  const refused = await t.call('POST', '/api/alerts', {
    cookie: report.verifier.cookie,
    body: alertInput(report.id, { targets: { neighbourZoneIds: [n1, far.id] } }),
  });
  assert.equal(refused.status, 400);
  assert.deepEqual(await errorOf(refused).then((e) => [e.code, e.field]), ['not_a_neighbour', 'targets.neighbourZoneIds.1']);
});

test('a radius takes every zone within it of the report’s cell centre, and always the report’s zone', async () => {
  const home = bySlug('powderhorn-park');
  const report = await confirmedReport(t, { slug: 'powderhorn-park', over: { cell: cellOf(home.label.lat, home.label.lng) } });
  const within = async (radiusKm: number) =>
    (await preview(report.verifier.cookie, alertInput(report.id, { targets: { radiusKm } }))).zones.map((z) => z.id);
  const [small, medium, large] = [await within(0.5), await within(2), await within(10)];
  assert.equal(small[0], home.id);
  assert.ok(small.length < medium.length && medium.length < large.length, `${small.length} < ${medium.length} < ${large.length}`);
  for (const id of small) assert.ok(medium.includes(id));
  for (const id of medium) assert.ok(large.includes(id));
  assert.ok(!medium.includes(bySlug('shingle-creek').id), 'the far north is not within 2 km of Powderhorn Park');
  assert.ok(large.length >= 40, `a 10 km radius covers much of the city (${large.length} zones)`);
  const alert = await sendAlert(t, report.verifier, report.id, { targets: { radiusKm: 2 } });
  assert.equal(alert.radiusKm, 2);
  assert.deepEqual(
    alert.zones.map((z) => z.id),
    medium,
  );
});

test('bad targets and limits are refused with the field named', async () => {
  const report = await confirmedReport(t, { slug: 'powderhorn-park' });
  const cases: [Record<string, unknown>, string][] = [
    [{ targets: { radiusKm: 0.4 } }, 'targets.radiusKm'],
    [{ targets: { radiusKm: 11 } }, 'targets.radiusKm'],
    [{ targets: { radiusKm: 1, neighbourZoneIds: [] } }, 'targets.radiusKm'],
    [{ targets: {} }, 'targets.radiusKm'],
    [{ expiresInMinutes: 721 }, 'expiresInMinutes'],
    [{ template: 'riot' }, 'template'],
    [{ note: 'x'.repeat(501) }, 'note'],
    [{ reportId: '' }, 'reportId'],
  ];
  for (const [over, field] of cases) {
    const res = await t.call('POST', '/api/alerts', { cookie: report.verifier.cookie, body: alertInput(report.id, over) });
    assert.equal(res.status, 400, JSON.stringify(over));
    assert.equal((await errorOf(res)).field, field, JSON.stringify(over));
  }
  const count = await t.db.selectFrom('alert').select('id').where('reportId', '=', report.id).execute();
  assert.deepEqual(count, []);
});

test('the audience counts each member once, across every target zone', async () => {
  const report = await confirmedReport(t, { slug: 'seward' });
  const home = bySlug('seward');
  const neighbour = home.neighbours[0];
  await watcher(t, [home.id, neighbour]);
  await watcher(t, [neighbour]);
  await watcher(t, [bySlug('shingle-creek').id]);
  const alert = await sendAlert(t, report.verifier, report.id, { targets: { neighbourZoneIds: [neighbour] } });
  assert.equal(alert.audience, 2);
  // A node started now reads every watch; the preview counts from it.
  const stop = startWatcherIndex(t.ctx);
  try {
    const p = await preview(report.verifier.cookie, alertInput(report.id, { targets: { neighbourZoneIds: [neighbour] } }));
    assert.equal(p.audience, 2);
    assert.equal(p.needsSecondVerifier, false);
    const own = await preview(report.verifier.cookie, alertInput(report.id));
    assert.equal(own.audience, 1);
  } finally {
    await stop();
  }
});

test('the preview hears zone watch changes on the bus', async () => {
  const report = await confirmedReport(t, { slug: 'marcy-holmes' });
  let heard = 0;
  const unsubscribe = t.ctx.bus.subscribe(ZONE_WATCH_CHANGED, () => {
    heard++;
  });
  await watcher(t, [report.zoneId]);
  unsubscribe();
  assert.equal(heard, 1, 'the zones module published the change');
  const p = await preview(report.verifier.cookie, alertInput(report.id));
  assert.equal(p.audience, 1);
});

test('the message is filled in all four languages, with the time seen in the network’s time zone', async () => {
  const report = await confirmedReport(t, { slug: 'east-phillips', over: { activity: 'checkpoint', people: 1, vehicles: 3 } });
  const p = await preview(report.verifier.cookie, alertInput(report.id));
  assert.equal(p.template, 'checkpoint');
  // The pinned clock is 12:00 UTC on 23 January; the report was seen 5 minutes earlier: 5:55 AM in Minneapolis.
  assert.equal(p.messages.en.headline, 'Immigration checkpoint in East Phillips');
  assert.match(p.messages.en.body, /^Seen at 5:55 AM and confirmed\. Size: about 1 agent and 3 vehicles\./);
  assert.match(p.messages.es.body, /5:55 a\.\s?m\..*unos 1 agente y 3 vehículos/);
  for (const lang of ['so', 'hmn'] as const) {
    assert.ok(p.messages[lang].headline.includes('East Phillips'));
    assert.ok(p.messages[lang].body.includes('5:55'));
    assert.ok(p.messages[lang].instruction.length > 50);
  }
  assert.notEqual(p.messages.so.headline, p.messages.en.headline);
  const chosen = await preview(report.verifier.cookie, alertInput(report.id, { template: 'school' }));
  assert.equal(chosen.messages.en.headline, 'Immigration agents near a school in East Phillips');
});
