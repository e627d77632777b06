import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR, MINUTE } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import { type AlertBusEvent, expireAlerts } from '.';
import { alertsRetention } from './retention';
import { errorOf, json, myAlerts, openLive, sendAlert, watcher } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('an alert leaves the active view at its expiry by itself, and the tick tells live members to drop it', async () => {
  const report = await confirmedReport(t, { slug: 'whittier' });
  const member = await watcher(t, [report.zoneId]);
  const alert = await sendAlert(t, report.verifier, report.id);
  assert.equal(alert.expiresAt - alert.createdAt, 2 * HOUR, 'two hours by default');
  const live = await openLive(t, member);
  const published: AlertBusEvent[] = [];
  const unsubscribe = t.ctx.bus.subscribe<AlertBusEvent>('alert.expired', (e) => {
    published.push(e.data);
  });

  t.clock.advance(2 * HOUR - 1);
  assert.equal(await expireAlerts(t.ctx), 0);
  assert.equal((await myAlerts(t, member)).length, 1);
  t.clock.advance(1);
  assert.deepEqual(await myAlerts(t, member), [], 'gone by time, before any tick');
  assert.equal(await expireAlerts(t.ctx), 1);
  assert.equal(await expireAlerts(t.ctx), 0, 'each alert expires once');
  unsubscribe();
  assert.deepEqual(
    published.map((e) => [e.alert.id, e.alert.state, e.alert.endedAt]),
    [[alert.id, 'expired', alert.expiresAt]],
  );
  assert.deepEqual(await live.received(), [{ id: undefined, event: 'expired', data: { id: alert.id } }]);
  const update = await t.call('POST', `/api/alerts/${alert.id}/updates`, {
    cookie: report.verifier.cookie,
    body: { kind: 'still_active' },
  });
  assert.deepEqual(await errorOf(update).then((e) => [update.status, e.code]), [409, 'alert_expired']);
  const audit = await t.db.selectFrom('auditLog').select(['action', 'memberId']).where('objectId', '=', alert.id).orderBy('id').execute();
  assert.deepEqual(audit.at(-1), { action: 'alert.expired', memberId: null });
  await live.close();
});

test('an alert still waiting for its second verifier expires unsent and can no longer be approved', async () => {
  const report = await confirmedReport(t, { slug: 'seward' });
  for (let i = 0; i < 51; i++) await watcher(t, [report.zoneId]);
  const waiting = await sendAlert(t, report.verifier, report.id, { expiresInMinutes: 30 });
  t.clock.advance(30 * MINUTE);
  const second = await t.signIn({ roles: ['verifier'] });
  const late = await t.call('POST', `/api/alerts/${waiting.id}/approve`, { cookie: second.cookie });
  assert.deepEqual(await errorOf(late).then((e) => [late.status, e.code]), [409, 'alert_expired']);
  await expireAlerts(t.ctx);
  const row = await t.db.selectFrom('alert').selectAll().where('id', '=', waiting.id).executeTakeFirstOrThrow();
  assert.deepEqual([row.state, row.sentAt], ['expired', null]);
  const list = await json<{ alerts: unknown[] }>(await t.call('GET', '/api/alerts/awaiting', { cookie: second.cookie }), 200);
  assert.ok(!JSON.stringify(list).includes(waiting.id));
});

test('retention deletes alerts that ended before the cutoff, with their targets and events, and nothing else', async () => {
  const report = await confirmedReport(t, { slug: 'cooper' });
  const cleared = await sendAlert(t, report.verifier, report.id);
  await t.call('POST', `/api/alerts/${cleared.id}/all-clear`, { cookie: report.verifier.cookie, body: {} });
  const clearedAt = t.clock.now();
  t.clock.advance(HOUR);
  const expiring = await sendAlert(t, report.verifier, report.id, { expiresInMinutes: 60 });
  t.clock.advance(HOUR);
  await expireAlerts(t.ctx);
  const active = await sendAlert(t, report.verifier, report.id, { expiresInMinutes: 720 });
  const days = t.config.retentionDays.alert;
  assert.equal(days, 30);

  const ids = async () => (await t.db.selectFrom('alert').select('id').where('reportId', '=', report.id).execute()).map((r) => r.id).sort();
  const purge = () => purgeExpired(t.db, alertsRetention, t.config, t.clock.now());
  t.clock.set(clearedAt + days * DAY);
  await purge();
  assert.deepEqual(await ids(), [cleared.id, expiring.id, active.id].sort(), 'an alert that ended exactly at the cutoff stays');
  t.clock.set(clearedAt + days * DAY + 1);
  await purge();
  assert.deepEqual(await ids(), [expiring.id, active.id].sort());
  for (const table of ['alertTarget', 'alertUpdate'] as const) {
    const left = await t.db.selectFrom(table).select('alertId').where('alertId', '=', cleared.id).execute();
    assert.deepEqual(left, [], `${table} rows of the purged alert go with it`);
  }
  assert.ok((await t.db.selectFrom('alertUpdate').select('id').where('alertId', '=', expiring.id).execute()).length > 0);
  t.clock.set(expiring.expiresAt + days * DAY + 1);
  assert.equal((await purge())[0].deleted, 1);
  assert.deepEqual(await ids(), [active.id]);
  const audit = await t.db.selectFrom('auditLog').select('id').where('objectId', '=', cleared.id).execute();
  assert.ok(audit.length >= 2, 'the audit log is kept');
});
