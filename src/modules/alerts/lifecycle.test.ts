import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR, MINUTE } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import { listZones } from '../zones';
import type { Alert, LiveAlert } from './contract';
import { errorOf, json, myAlerts, openLive, type SseEvent, sendAlert, watcher } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const post = async (cookie: string, path: string, body: unknown = {}) => t.call('POST', path, { cookie, body });

test('updates are stored, audited and delivered live; a move adds the new zone and its watchers', async () => {
  const report = await confirmedReport(t, { slug: 'seward' });
  const zones = await listZones(t.ctx);
  const seward = zones.find((z) => z.id === report.zoneId);
  const away = zones.find((z) => z.slug === 'loring-park');
  assert.ok(seward && away && !seward.neighbours.includes(away.id));
  const local = await watcher(t, [seward.id]);
  const elsewhere = await watcher(t, [away.id]);
  const [localLive, awayLive] = [await openLive(t, local), await openLive(t, elsewhere)];
  const alert = await sendAlert(t, report.verifier, report.id);
  assert.equal((await awayLive.received()).length, 0);

  const path = `/api/alerts/${alert.id}/updates`;
  await json<Alert>(await post(report.verifier.cookie, path, { kind: 'still_active', note: 'Two vans now' }), 200);
  const noZone = await post(report.verifier.cookie, path, { kind: 'moved' });
  assert.deepEqual(await errorOf(noZone).then((e) => [noZone.status, e.code, e.field]), [400, 'moved_zone_required', 'zoneId']);
  const badZone = await post(report.verifier.cookie, path, { kind: 'moved', zoneId: 'nowhere' });
  assert.deepEqual(await errorOf(badZone).then((e) => [badZone.status, e.code, e.field]), [400, 'unknown_zone', 'zoneId']);
  const member = await t.signIn();
  assert.equal((await post(member.cookie, path, { kind: 'left_area' })).status, 403);

  const moved = await json<Alert>(await post(report.verifier.cookie, path, { kind: 'moved', zoneId: away.id }), 200);
  assert.deepEqual(
    moved.zones.map((z) => z.name),
    ['Seward', 'Loring Park'],
  );
  assert.equal(moved.audience, 2);
  const left = await json<Alert>(await post(report.verifier.cookie, path, { kind: 'left_area' }), 200);
  assert.deepEqual(
    left.events.map((e) => e.kind),
    ['sent', 'still_active', 'moved', 'left_area'],
  );
  assert.equal(left.events[3].messages.en.headline, 'Agents left Loring Park', 'the latest place is where they moved to');
  assert.equal(left.events[1].note, 'Two vans now');

  const localKinds = (await localLive.received()).map((e) => (e.data as LiveAlert).kind);
  assert.deepEqual(localKinds, ['sent', 'still_active', 'moved', 'left_area']);
  const awayEvents = await awayLive.received();
  assert.deepEqual(
    awayEvents.map((e) => (e.data as LiveAlert).kind),
    ['moved', 'left_area'],
    'the new zone hears from the move on',
  );
  assert.deepEqual(
    (await myAlerts(t, elsewhere)).map((a) => a.id),
    [alert.id],
  );
  const audit = await t.db.selectFrom('auditLog').select(['action', 'incidentId']).where('objectId', '=', alert.id).orderBy('id').execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['alert.sent', 'alert.still_active', 'alert.moved', 'alert.left_area'],
  );
  assert.ok(audit.every((a) => a.incidentId === report.id));
  await localLive.close();
  await awayLive.close();
});

test('all-clear ends the alert for everyone; nothing more can be posted to it', async () => {
  const report = await confirmedReport(t, { slug: 'cooper' });
  const member = await watcher(t, [report.zoneId]);
  const live = await openLive(t, member);
  const alert = await sendAlert(t, report.verifier, report.id);
  const ended = await json<Alert>(await post(report.verifier.cookie, `/api/alerts/${alert.id}/all-clear`, { note: 'They drove off' }), 200);
  assert.equal(ended.state, 'all_clear');
  assert.equal(ended.endedAt, t.clock.now());
  assert.equal(ended.events.at(-1)?.messages.en.headline, 'All clear in Cooper');
  assert.deepEqual(
    (await live.received()).map((e) => (e.data as LiveAlert).kind),
    ['sent', 'all_clear'],
  );
  assert.deepEqual(await myAlerts(t, member), [], 'it leaves the active list');
  const stillReadable = await json<Alert>(await t.call('GET', `/api/alerts/${alert.id}`, { cookie: member.cookie }), 200);
  assert.equal(stillReadable.state, 'all_clear');
  for (const [action, body] of [
    ['updates', { kind: 'still_active' }],
    ['all-clear', {}],
    ['cancel', {}],
    ['extend', { expiresInMinutes: 60 }],
  ] as const) {
    const res = await post(report.verifier.cookie, `/api/alerts/${alert.id}/${action}`, body);
    assert.equal(res.status, 409, action);
    assert.equal((await errorOf(res)).code, 'alert_not_active');
  }
  await live.close();
});

test('a cancelled alert is withdrawn from members live', async () => {
  const report = await confirmedReport(t, { slug: 'corcoran' });
  const member = await watcher(t, [report.zoneId]);
  const live = await openLive(t, member);
  const alert = await sendAlert(t, report.verifier, report.id);
  const other = await t.signIn({ roles: ['verifier'] });
  const cancelled = await json<Alert>(await post(other.cookie, `/api/alerts/${alert.id}/cancel`, { note: 'Wrong neighbourhood' }), 200);
  assert.equal(cancelled.state, 'cancelled');
  assert.equal(cancelled.events.at(-1)?.messages.es.headline, 'Alerta cancelada');
  const events = await live.received();
  assert.equal(((events.at(-1) as SseEvent).data as LiveAlert).kind, 'cancelled');
  assert.deepEqual(await myAlerts(t, member), []);
  await live.close();
});

test('an alert can be extended up to 12 hours from when it was made, and no further', async () => {
  const report = await confirmedReport(t, { slug: 'hiawatha' });
  const alert = await sendAlert(t, report.verifier, report.id, { expiresInMinutes: 60 });
  assert.equal(alert.expiresAt, alert.createdAt + HOUR);
  const path = `/api/alerts/${alert.id}/extend`;
  const shorter = await post(report.verifier.cookie, path, { expiresInMinutes: 30 });
  assert.deepEqual(await errorOf(shorter).then((e) => [e.code, e.field]), ['expiry_not_later', 'expiresInMinutes']);
  t.clock.advance(30 * MINUTE);
  const longer = await json<Alert>(await post(report.verifier.cookie, path, { expiresInMinutes: 240 }), 200);
  assert.equal(longer.expiresAt, t.clock.now() + 240 * MINUTE);
  assert.equal(longer.events.at(-1)?.kind, 'extended');
  const tooLong = await post(report.verifier.cookie, path, { expiresInMinutes: 720 });
  assert.deepEqual(await errorOf(tooLong).then((e) => [e.code, e.field]), ['expiry_beyond_limit', 'expiresInMinutes']);
  const overMax = await post(report.verifier.cookie, path, { expiresInMinutes: 721 });
  assert.deepEqual(await errorOf(overMax).then((e) => [overMax.status, e.field]), [400, 'expiresInMinutes']);
});

test('any member may open a sent alert by id; an unknown one is not found', async () => {
  const report = await confirmedReport(t, { slug: 'kenwood' });
  const alert = await sendAlert(t, report.verifier, report.id);
  const stranger = await t.signIn({ trusted: false });
  const seen = await json<Alert>(await t.call('GET', `/api/alerts/${alert.id}`, { cookie: stranger.cookie }), 200);
  assert.equal(seen.id, alert.id);
  assert.equal((await t.call('GET', '/api/alerts/00000000-0000-7000-8000-000000000000', { cookie: stranger.cookie })).status, 404);
  assert.equal((await t.call('GET', `/api/alerts/${alert.id}`)).status, 401);
});

test('an incident has one live alert at a time: a second is refused until the first has ended', async () => {
  const report = await confirmedReport(t, { slug: 'longfellow' });
  const first = await sendAlert(t, report.verifier, report.id);
  const second = await post(report.verifier.cookie, '/api/alerts', {
    reportId: report.id,
    template: 'sighting',
    targets: { neighbourZoneIds: [] },
  });
  assert.deepEqual(await errorOf(second).then((e) => [second.status, e.code, e.field]), [409, 'alert_exists', 'reportId']);
  const list = await json<{ alerts: Alert[] }>(
    await t.call('GET', `/api/alerts/incidents/${report.id}`, { cookie: report.verifier.cookie }),
    200,
  );
  assert.deepEqual(
    list.alerts.map((a) => a.id),
    [first.id],
  );
  await json<Alert>(await post(report.verifier.cookie, `/api/alerts/${first.id}/all-clear`), 200);
  const again = await sendAlert(t, report.verifier, report.id);
  assert.notEqual(again.id, first.id);
});
