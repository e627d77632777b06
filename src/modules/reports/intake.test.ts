import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { latLngToCell } from 'h3-js';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { sampleReport, zoneIdOf } from './test-helpers';

/** Inside Powderhorn Park, Minneapolis. */
const POINT = { lat: 44.942136, lng: -93.254992 };
const INTAKE_LIMIT = 3;

let t: TestApp;
let zoneId: string;
before(async () => {
  t = await createTestApp({ RETENTION_DAYS: '{"report":21}' });
  zoneId = await zoneIdOf(t);
});
after(() => t.close());

/** A coordinate as it would appear in any column (number, text, JSON), down to about a kilometre. */
const traces = (deg: number) => [deg.toFixed(2), deg.toFixed(3), deg.toFixed(4)];

test('the public form learns how long reports are kept and how large an upload may be', async () => {
  const res = await t.call('GET', '/api/reports/intake-info');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { retentionDays: 21, uploadMaxBytes: 50 * 1024 * 1024, uploadWindowMinutes: 30 });
});

test('without the opt-in no column of the stored report holds the exact point, even if a client sends it loose', async () => {
  const cell = latLngToCell(POINT.lat, POINT.lng, 8);
  const res = await t.call('POST', '/api/reports', {
    body: { ...sampleReport(zoneId, t, { cell }), lat: POINT.lat, lng: POINT.lng, point: POINT, location: `${POINT.lat},${POINT.lng}` },
  });
  assert.equal(res.status, 201, await res.clone().text());
  const { id } = (await res.json()) as { id: string };
  const row = await t.db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.exactLat, null);
  assert.equal(row.exactLng, null);
  assert.equal(row.cell, cell, 'only the coarse cell is kept');
  for (const [column, value] of Object.entries(row)) {
    if (value === null || column === 'cell') continue;
    for (const trace of [...traces(POINT.lat), ...traces(POINT.lng)]) {
      assert.ok(!String(value).includes(trace), `column ${column} = ${String(value)} holds ${trace}`);
    }
  }
  const audit = await t.db.selectFrom('auditLog').selectAll().where('incidentId', '=', id).execute();
  assert.ok(!JSON.stringify(audit).includes(traces(POINT.lat)[0]));
});

test('with the opt-in the point is kept for that report only', async () => {
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, { exactPoint: POINT }) });
  assert.equal(res.status, 201);
  const { id } = (await res.json()) as { id: string };
  const row = await t.db.selectFrom('report').select(['exactLat', 'exactLng']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { exactLat: POINT.lat, exactLng: POINT.lng });
});

test('a cell finer than the coarse grid is refused (it would be a disguised exact point)', async () => {
  const fine = latLngToCell(POINT.lat, POINT.lng, 12);
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, { cell: fine }) });
  assert.equal(res.status, 400);
  assert.equal(((await res.json()) as { error: { field: string } }).error.field, 'cell');
});

test('the public intake is rate-limited; the hotline (signed-in dispatchers) is not, and records who entered it', async () => {
  const limitedApp = await createTestApp({ INTAKE_RATE_LIMIT_PER_MINUTE: String(INTAKE_LIMIT) });
  try {
    const zone = await zoneIdOf(limitedApp);
    const statuses: number[] = [];
    for (let i = 0; i < INTAKE_LIMIT + 1; i++) {
      statuses.push((await limitedApp.call('POST', '/api/reports', { body: sampleReport(zone, limitedApp) })).status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    const limited = await limitedApp.call('POST', '/api/reports', { body: sampleReport(zone, limitedApp) });
    assert.equal(((await limited.json()) as { error: { code: string } }).error.code, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal((await limitedApp.db.selectFrom('report').select('id').execute()).length, INTAKE_LIMIT);

    const dispatcher = await limitedApp.signIn({ roles: ['dispatcher'] });
    for (let i = 0; i < INTAKE_LIMIT + 1; i++) {
      const res = await limitedApp.call('POST', '/api/reports/hotline', {
        cookie: dispatcher.cookie,
        body: sampleReport(zone, limitedApp),
      });
      assert.equal(res.status, 201);
      const { id } = (await res.json()) as { id: string };
      const row = await limitedApp.db.selectFrom('report').select(['source', 'createdBy']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { source: 'hotline', createdBy: dispatcher.id });
    }
    // The form's facts are not rate-limited: a reporter who reloads the page still sees them.
    for (let i = 0; i < INTAKE_LIMIT + 1; i++) assert.equal((await limitedApp.call('GET', '/api/reports/intake-info')).status, 200);
  } finally {
    await limitedApp.close();
  }
  const member = await t.signIn({ roles: ['member'] });
  assert.equal((await t.call('POST', '/api/reports/hotline', { cookie: member.cookie, body: sampleReport(zoneId, t) })).status, 403);
});
