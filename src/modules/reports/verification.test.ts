import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport, sampleReport, zoneIdOf } from './test-helpers';

let t: TestApp;
let zoneId: string;
before(async () => {
  t = await createTestApp();
  zoneId = await zoneIdOf(t);
});
after(() => t.close());

const fileAnonymously = async (over = {}) => {
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, over) });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { id: string; uploadToken: string };
};

test('an anonymous report starts new, keeps no exact point unless shared, and waits in the queue', async () => {
  const { id, uploadToken } = await fileAnonymously();
  assert.ok(uploadToken.length >= 40);
  const row = await t.db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.state, 'new');
  assert.equal(row.exactLat, null);
  assert.equal(row.callbackPhone, null);
  assert.equal(row.uploadTokenHash === uploadToken, false, 'only the hash of the token is stored');
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const queue = (await (await t.call('GET', '/api/reports/queue', { cookie: dispatcher.cookie })).json()) as { reports: { id: string }[] };
  assert.ok(queue.reports.some((r) => r.id === id));
});

test('a callback number is kept only with explicit consent', async () => {
  const refused = await t.call('POST', '/api/reports', {
    body: sampleReport(zoneId, t, { callback: { phone: '612 555 0100', consent: false as never } }),
  });
  assert.equal(refused.status, 400);
  const { id } = await fileAnonymously({ callback: { phone: '612 555 0100', consent: true } });
  const row = await t.db.selectFrom('report').select('callbackPhone').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.callbackPhone, '612 555 0100');
});

test('only a verifier decides, confirming needs a method, and a decided report cannot be decided again', async () => {
  const { id } = await fileAnonymously();
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const verifier = await t.signIn({ roles: ['verifier'] });
  const byDispatcher = await t.call('POST', `/api/reports/${id}/decision`, {
    cookie: dispatcher.cookie,
    body: { outcome: 'confirmed', method: 'trusted_source' },
  });
  assert.equal(byDispatcher.status, 403);
  const noMethod = await t.call('POST', `/api/reports/${id}/decision`, { cookie: verifier.cookie, body: { outcome: 'confirmed' } });
  assert.equal(noMethod.status, 400);
  assert.equal(((await noMethod.json()) as { error: { field: string } }).error.field, 'method');
  assert.equal((await t.call('POST', `/api/reports/${id}/verifying`, { cookie: verifier.cookie })).status, 200);
  const ok = await t.call('POST', `/api/reports/${id}/decision`, {
    cookie: verifier.cookie,
    body: { outcome: 'false_alarm', note: 'Utility crew' },
  });
  assert.equal(ok.status, 200);
  assert.equal(((await ok.json()) as { state: string }).state, 'false_alarm');
  const again = await t.call('POST', `/api/reports/${id}/decision`, {
    cookie: verifier.cookie,
    body: { outcome: 'confirmed', method: 'trusted_source' },
  });
  assert.equal(again.status, 409);
});

test('a sighting seen in the future or in an unknown zone is refused with the field named', async () => {
  const future = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, { seenAt: t.clock.now() + 3_600_000 }) });
  assert.equal(((await future.json()) as { error: { field: string } }).error.field, 'seenAt');
  const nowhere = await t.call('POST', '/api/reports', { body: sampleReport('no-such-zone', t) });
  assert.equal(nowhere.status, 400);
  assert.equal(((await nowhere.json()) as { error: { field: string } }).error.field, 'zoneId');
});

test('confirming publishes the incident; closing it is recorded', async () => {
  const got: unknown[] = [];
  const stop = t.ctx.bus.subscribe('report.confirmed', (e) => void got.push(e.data));
  const { id, verifier } = await confirmedReport(t);
  stop();
  assert.deepEqual(got, [{ reportId: id, zoneId, cell: null, at: t.clock.now() }]);
  const closed = await t.call('POST', `/api/reports/${id}/close`, { cookie: verifier.cookie });
  assert.equal(closed.status, 200);
  const actions =
    // Dispatch (and later alerts) add their own steps to the incident; these are the report's.
    (
      await t.db
        .selectFrom('auditLog')
        .select('action')
        .where('incidentId', '=', id)
        .where('objectType', '=', 'report')
        .orderBy('at')
        .orderBy('id')
        .execute()
    ).map((r) => r.action);
  assert.deepEqual(actions, ['report.filed.public', 'report.confirmed', 'incident.closed']);
});
