import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { QueueItem } from './contract';
import { sampleReport, zoneIdOf } from './test-helpers';

let t: TestApp;
let zoneId: string;
let dispatcher: { cookie: string };
let verifier: { cookie: string };

before(async () => {
  t = await createTestApp();
  zoneId = await zoneIdOf(t);
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
  verifier = await t.signIn({ roles: ['verifier'] });
});
after(() => t.close());

async function file() {
  const res = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t) });
  assert.equal(res.status, 201);
  return ((await res.json()) as { id: string }).id;
}

const merge = (id: string, into: string, cookie = dispatcher.cookie) =>
  t.call('POST', `/api/reports/${id}/merge`, { cookie, body: { into } });

async function errorOf(res: Response) {
  return { status: res.status, ...((await res.json()) as { error: { code: string; field?: string } }).error };
}

const rowOf = (id: string) => t.db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function incidentActions(id: string) {
  const rows = await t.db
    .selectFrom('auditLog')
    .select(['action', 'objectId'])
    .where('incidentId', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.action} ${r.objectId}`);
}

test('an open report merged into another is marked merged, leaves the queue and is recorded on both timelines', async () => {
  const target = await file();
  const source = await file();
  const res = await merge(source, target);
  assert.equal(res.status, 200);
  const body = (await res.json()) as { state: string; mergedInto: string };
  assert.equal(body.state, 'merged');
  assert.equal(body.mergedInto, target);
  const queue = (await (await t.call('GET', '/api/reports/queue', { cookie: dispatcher.cookie })).json()) as { reports: QueueItem[] };
  assert.ok(!queue.reports.some((r) => r.id === source));
  assert.ok(!queue.reports.find((r) => r.id === target)?.duplicates.some((d) => d.id === source), 'a merged report is not suggested');
  assert.deepEqual(await incidentActions(source), [`report.filed.public ${source}`, `report.merged ${source}`]);
  assert.deepEqual(await incidentActions(target), [`report.filed.public ${target}`, `report.duplicate_merged ${source}`]);
});

test('a verifier may merge too, also into a confirmed incident', async () => {
  const incident = await file();
  await t.call('POST', `/api/reports/${incident}/decision`, {
    cookie: verifier.cookie,
    body: { outcome: 'confirmed', method: 'photo_video' },
  });
  const late = await file();
  assert.equal((await merge(late, incident, verifier.cookie)).status, 200);
  assert.equal((await rowOf(late)).mergedInto, incident);
});

test('no chains: merging a report that others were merged into moves them on to the new target', async () => {
  const a = await file();
  const b = await file();
  const c = await file();
  assert.equal((await merge(a, b)).status, 200);
  assert.equal((await merge(b, c)).status, 200);
  assert.equal((await rowOf(a)).mergedInto, c);
  assert.equal((await rowOf(b)).mergedInto, c);
  assert.deepEqual(await incidentActions(c), [`report.filed.public ${c}`, `report.duplicate_merged ${b}`, `report.duplicate_merged ${a}`]);
  assert.ok((await incidentActions(a)).includes(`report.merge_moved ${a}`));
});

test('no cycles: a report cannot be merged into itself or into a merged report, and a merged one cannot be merged again', async () => {
  const a = await file();
  const b = await file();
  assert.deepEqual(await errorOf(await merge(a, a)), {
    status: 400,
    code: 'merge_into_self',
    field: 'into',
    message: 'A report cannot be merged into itself.',
  });
  assert.equal((await merge(a, b)).status, 200);
  const back = await errorOf(await merge(b, a));
  assert.deepEqual([back.status, back.code, back.field], [409, 'merge_target_merged', 'into'], 'b into a would close a cycle');
  const other = await file();
  assert.equal((await errorOf(await merge(other, a))).code, 'merge_target_merged');
  const reMerge = await errorOf(await merge(a, other));
  assert.deepEqual([reMerge.status, reMerge.code], [409, 'report_decided']);
  assert.equal((await rowOf(a)).mergedInto, b);
  assert.equal((await rowOf(other)).state, 'new');
});

test('decided reports: a decided report cannot be merged, nor merged into a false alarm or a closed incident', async () => {
  const decided = await file();
  await t.call('POST', `/api/reports/${decided}/decision`, { cookie: verifier.cookie, body: { outcome: 'unable_to_verify' } });
  const open = await file();
  assert.deepEqual((await errorOf(await merge(decided, open))).code, 'report_decided');
  const intoDecided = await errorOf(await merge(open, decided));
  assert.deepEqual([intoDecided.status, intoDecided.code, intoDecided.field], [409, 'merge_target_decided', 'into']);
  const closed = await file();
  await t.call('POST', `/api/reports/${closed}/decision`, {
    cookie: verifier.cookie,
    body: { outcome: 'confirmed', method: 'trusted_source' },
  });
  await t.call('POST', `/api/reports/${closed}/close`, { cookie: verifier.cookie });
  assert.equal((await errorOf(await merge(open, closed))).code, 'incident_closed');
  const missing = await errorOf(await merge(open, '00000000-0000-7000-8000-000000000000'));
  assert.deepEqual([missing.status, missing.code, missing.field], [400, 'merge_target_missing', 'into']);
  assert.equal((await errorOf(await merge('00000000-0000-7000-8000-000000000000', open))).status, 404);
  assert.equal((await rowOf(open)).state, 'new', 'nothing changed');
});

test('only dispatchers and verifiers merge', async () => {
  const a = await file();
  const b = await file();
  for (const roles of [['member'], ['responder'], ['caseworker']] as const) {
    const other = await t.signIn({ roles: [...roles] });
    assert.equal((await merge(a, b, other.cookie)).status, 403);
  }
  assert.equal((await t.call('POST', `/api/reports/${a}/merge`, { body: { into: b } })).status, 401);
  assert.equal((await rowOf(a)).state, 'new');
});
