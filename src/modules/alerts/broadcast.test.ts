import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport, sampleReport, zoneIdOf } from '../reports/test-helpers';
import type { Alert } from './contract';
import { alertInput, errorOf, json, myAlerts, openLive, sendAlert, watcher, watchers } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('a confirmed report becomes an alert at once when 50 or fewer members watch, untrusted members included', async () => {
  const report = await confirmedReport(t, { slug: 'seward' });
  const untrusted = await watcher(t, [report.zoneId], { trusted: false });
  const live = await openLive(t, untrusted);
  const alert = await sendAlert(t, report.verifier, report.id);
  assert.equal(alert.state, 'sent');
  assert.equal(alert.verifiers, 1);
  assert.equal(alert.audience, 1);
  const events = await live.received();
  assert.deepEqual(
    events.map((e) => [e.event, (e.data as { kind: string }).kind]),
    [['alert', 'sent']],
  );
  assert.equal(events[0].id, alert.events[0].id, 'the event id is the stored event row id');
  assert.deepEqual(
    (await myAlerts(t, untrusted)).map((a) => a.id),
    [alert.id],
  );
  const audit = await t.db.selectFrom('auditLog').selectAll().where('objectId', '=', alert.id).execute();
  assert.deepEqual(
    audit.map((a) => [a.action, a.incidentId]),
    [['alert.sent', report.id]],
  );
  await live.close();
});

test('R-BCAST-1: over 50 members it waits, the same verifier cannot approve, a second verifier sends it', async () => {
  const report = await confirmedReport(t, { slug: 'whittier' });
  const members = await watchers(t, report.zoneId, 51);
  const live = await openLive(t, members[0]);
  const waiting = await sendAlert(t, report.verifier, report.id);
  assert.equal(waiting.state, 'awaiting_second_verifier');
  assert.equal(waiting.audience, 51);
  assert.equal(waiting.sentAt, null);
  assert.deepEqual(await live.received(), [], 'nothing reaches members while it waits');
  assert.deepEqual(await myAlerts(t, members[0]), []);
  assert.equal((await t.call('GET', `/api/alerts/${waiting.id}`, { cookie: members[0].cookie })).status, 404);

  const bySame = await t.call('POST', `/api/alerts/${waiting.id}/approve`, { cookie: report.verifier.cookie });
  assert.equal(bySame.status, 403);
  assert.equal((await errorOf(bySame)).code, 'same_verifier');
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  assert.equal((await t.call('POST', `/api/alerts/${waiting.id}/approve`, { cookie: dispatcher.cookie })).status, 403);
  assert.deepEqual(await live.received(), []);

  const second = await t.signIn({ roles: ['verifier'] });
  const sent = await json<Alert>(await t.call('POST', `/api/alerts/${waiting.id}/approve`, { cookie: second.cookie }), 200);
  assert.equal(sent.state, 'sent');
  assert.equal(sent.verifiers, 2);
  const events = await live.received();
  assert.equal(events.length, 1);
  assert.equal((events[0].data as { alert: Alert }).alert.verifiers, 2);
  assert.deepEqual(
    (await myAlerts(t, members[50])).map((a) => a.id),
    [waiting.id],
  );
  const again = await t.call('POST', `/api/alerts/${waiting.id}/approve`, { cookie: second.cookie });
  assert.equal((await errorOf(again)).code, 'not_awaiting_approval');

  const row = await t.db.selectFrom('alert').selectAll().where('id', '=', waiting.id).executeTakeFirstOrThrow();
  assert.equal(row.firstVerifierId, report.verifier.id);
  assert.equal(row.secondVerifierId, second.id);
  assert.ok(!JSON.stringify(sent).includes(report.verifier.id) && !JSON.stringify(sent).includes(second.id), 'verifiers are never shown');
  await live.close();
});

test('no route delivers an alert that waits for its second verifier', async () => {
  const report = await confirmedReport(t, { slug: 'longfellow' });
  const members = await watchers(t, report.zoneId, 51);
  const live = await openLive(t, members[0]);
  const waiting = await sendAlert(t, report.verifier, report.id);
  const delivered: string[] = [];
  const unsubscribe = t.ctx.bus.subscribe<{ alert: Alert }>('alert.>', (e) => {
    if (e.data.alert.sentAt !== null) delivered.push(e.subject);
  });
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const bodies: Record<string, unknown> = {
    '/api/alerts/{id}/updates': { kind: 'still_active' },
    '/api/alerts/{id}/extend': { expiresInMinutes: 300 },
    '/api/alerts': alertInput(report.id),
    '/api/alerts/preview': alertInput(report.id),
  };
  const tried: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/alerts'))) {
    for (const method of Object.keys(ops)) {
      if (path === '/api/alerts/live') continue;
      // As the verifier who made it (who may not approve it) and as a member watching its zone.
      for (const caller of [report.verifier, members[1]]) {
        const res = await t.call(method.toUpperCase(), path.replace('{id}', waiting.id), {
          cookie: caller.cookie,
          body: method === 'post' ? (bodies[path] ?? {}) : undefined,
        });
        tried.push(`${method} ${path} ${res.status}`);
      }
    }
  }
  assert.ok(tried.length >= 16, tried.join('\n'));
  unsubscribe();
  // The repeat POST /api/alerts made more waiting alerts; none of them reached anyone either.
  assert.deepEqual(delivered, []);
  assert.deepEqual(await live.received(), []);
  assert.deepEqual(await myAlerts(t, members[2]), []);
  const sentRows = await t.db.selectFrom('alert').select('id').where('reportId', '=', report.id).where('sentAt', 'is not', null).execute();
  assert.deepEqual(sentRows, []);
  await live.close();
});

test('only a confirmed, open incident can become an alert, and only a verifier makes one', async () => {
  const verifier = await t.signIn({ roles: ['verifier'] });
  const zoneId = await zoneIdOf(t, 'bryant');
  const filed = await json<{ id: string }>(await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t) }), 201);
  const unconfirmed = await t.call('POST', '/api/alerts', { cookie: verifier.cookie, body: alertInput(filed.id) });
  assert.equal(unconfirmed.status, 409);
  const { code, field } = await errorOf(unconfirmed);
  assert.deepEqual([code, field], ['report_not_confirmed', 'reportId']);

  await t.call('POST', `/api/reports/${filed.id}/decision`, { cookie: verifier.cookie, body: { outcome: 'false_alarm' } });
  const falseAlarm = await t.call('POST', '/api/alerts', { cookie: verifier.cookie, body: alertInput(filed.id) });
  assert.equal((await errorOf(falseAlarm)).code, 'report_not_confirmed');

  const unknown = await t.call('POST', '/api/alerts', {
    cookie: verifier.cookie,
    body: alertInput('00000000-0000-7000-8000-000000000000'),
  });
  assert.equal(unknown.status, 400);
  assert.equal((await errorOf(unknown)).field, 'reportId');

  const report = await confirmedReport(t, { slug: 'bryant' });
  for (const roles of [['member'], ['dispatcher'], ['responder']] as const) {
    const other = await t.signIn({ roles: [...roles] });
    assert.equal((await t.call('POST', '/api/alerts', { cookie: other.cookie, body: alertInput(report.id) })).status, 403);
  }
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  assert.equal((await t.call('POST', `/api/reports/${report.id}/close`, { cookie: dispatcher.cookie })).status, 200);
  const closed = await t.call('POST', '/api/alerts', { cookie: verifier.cookie, body: alertInput(report.id) });
  assert.equal(closed.status, 409);
  assert.equal((await errorOf(closed)).code, 'incident_closed');
  assert.deepEqual(await t.db.selectFrom('alert').select('id').where('reportId', 'in', [filed.id, report.id]).execute(), []);
});
