import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { TimelineEntry } from './contract';
import { sampleReport, zoneIdOf } from './test-helpers';

let t: TestApp;
let zoneId: string;
const staff: Record<string, { id: string; cookie: string }> = {};

before(async () => {
  t = await createTestApp();
  zoneId = await zoneIdOf(t);
  staff.dispatcher = await t.signIn({ roles: ['dispatcher'], displayName: 'Dana Dispatcher' });
  staff.verifier = await t.signIn({ roles: ['verifier'], displayName: 'Vera Verifier' });
});
after(() => t.close());

async function file(over: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, over) });
  assert.equal(res.status, 201);
  return ((await res.json()) as { id: string }).id;
}

const auditCount = async (action: string, id: string) =>
  (await t.db.selectFrom('auditLog').select('id').where('action', '=', action).where('objectId', '=', id).execute()).length;

test('the callback number and the exact point are revealed to dispatchers and verifiers, and every reveal is audited', async () => {
  const id = await file({ exactPoint: { lat: 44.94, lng: -93.26 }, callback: { phone: '+1 612 555 0100', consent: true } });
  for (const who of ['dispatcher', 'verifier']) {
    const point = await t.call('GET', `/api/reports/${id}/exact-point`, { cookie: staff[who].cookie });
    assert.deepEqual(await point.json(), { point: { lat: 44.94, lng: -93.26 } });
    const phone = await t.call('GET', `/api/reports/${id}/callback`, { cookie: staff[who].cookie });
    assert.deepEqual(await phone.json(), { phone: '+1 612 555 0100' });
  }
  assert.equal(await auditCount('report.exact_point_revealed', id), 2);
  assert.equal(await auditCount('report.callback_revealed', id), 2);
  const report = (await (await t.call('GET', `/api/reports/${id}`, { cookie: staff.dispatcher.cookie })).json()) as Record<string, unknown>;
  assert.equal(report.hasCallback, true);
  assert.equal(report.hasExactPoint, true);
  assert.ok(!JSON.stringify(report).includes('555'), 'the report itself carries neither number nor point');
  assert.ok(!JSON.stringify(report).includes('44.94'));
});

test('other roles and anonymous callers are refused the reveals, and nothing is recorded as revealed', async () => {
  const id = await file({ exactPoint: { lat: 44.94, lng: -93.26 }, callback: { phone: '612 555 0101', consent: true } });
  for (const roles of [['member'], ['responder'], ['caseworker'], ['organiser'], ['treasurer']] as const) {
    const other = await t.signIn({ roles: [...roles] });
    for (const what of ['exact-point', 'callback']) {
      const res = await t.call('GET', `/api/reports/${id}/${what}`, { cookie: other.cookie });
      assert.equal(res.status, 403, `${roles[0]} ${what}`);
    }
  }
  assert.equal((await t.call('GET', `/api/reports/${id}/callback`)).status, 401);
  assert.equal(await auditCount('report.exact_point_revealed', id), 0);
  assert.equal(await auditCount('report.callback_revealed', id), 0);
});

test('with nothing shared, a reveal answers null and records nothing', async () => {
  const id = await file();
  assert.deepEqual(await (await t.call('GET', `/api/reports/${id}/callback`, { cookie: staff.verifier.cookie })).json(), { phone: null });
  assert.deepEqual(await (await t.call('GET', `/api/reports/${id}/exact-point`, { cookie: staff.verifier.cookie })).json(), {
    point: null,
  });
  assert.equal(await auditCount('report.callback_revealed', id), 0);
  assert.equal(
    (await t.call('GET', '/api/reports/00000000-0000-7000-8000-000000000000/callback', { cookie: staff.verifier.cookie })).status,
    404,
  );
});

test('the timeline lists every step in order with roles, never a name or a member id', async () => {
  const id = await file({ callback: { phone: '612 555 0102', consent: true } });
  t.clock.advance(60_000);
  await t.call('POST', `/api/reports/${id}/verifying`, { cookie: staff.verifier.cookie });
  t.clock.advance(60_000);
  await t.call('GET', `/api/reports/${id}/callback`, { cookie: staff.dispatcher.cookie });
  // Same millisecond: the order is still the order they happened in (ids are monotonic).
  await t.call('POST', `/api/reports/${id}/decision`, {
    cookie: staff.verifier.cookie,
    body: { outcome: 'confirmed', method: 'responder_on_scene' },
  });
  await t.call('POST', `/api/reports/${id}/close`, { cookie: staff.dispatcher.cookie });
  const res = await t.call('GET', `/api/reports/${id}/timeline`, { cookie: staff.dispatcher.cookie });
  assert.equal(res.status, 200);
  const text = await res.text();
  const { entries } = JSON.parse(text) as { entries: TimelineEntry[] };
  // Alerts, dispatch and evidence add their own steps to the incident; these are the report's.
  const own = entries.filter((e) => e.objectType === 'report');
  assert.deepEqual(
    own.map((e) => [e.action, [...e.roles].sort()]),
    [
      ['report.filed.public', []],
      ['report.verifying', ['member', 'verifier']],
      ['report.callback_revealed', ['dispatcher', 'member']],
      ['report.confirmed', ['member', 'verifier']],
      ['incident.closed', ['dispatcher', 'member']],
    ],
  );
  assert.ok(entries.every((e, i) => i === 0 || e.at >= entries[i - 1].at));
  assert.ok(own.every((e) => e.objectId === id));
  for (const secret of [staff.dispatcher.id, staff.verifier.id, 'Dana', 'Vera', '555'])
    assert.ok(!text.includes(secret), `${secret} leaked`);
});

test('the timeline is for dispatchers and verifiers only, and of a report that exists', async () => {
  const id = await file();
  assert.equal((await t.call('GET', `/api/reports/${id}/timeline`, { cookie: staff.verifier.cookie })).status, 200);
  const member = await t.signIn({ roles: ['responder'] });
  assert.equal((await t.call('GET', `/api/reports/${id}/timeline`, { cookie: member.cookie })).status, 403);
  const missing = await t.call('GET', '/api/reports/00000000-0000-7000-8000-000000000000/timeline', { cookie: staff.verifier.cookie });
  assert.equal(missing.status, 404);
});
