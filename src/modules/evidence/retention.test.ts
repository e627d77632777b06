import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DAY, HOUR } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import { filedReport, memberUpload, reporterUpload } from './test-helpers';
import { jpegWithGps, mp4Head, pngWithMetadata } from './test-media';

// Evidence is kept 30 days after its incident closes; reports 60, so both ways an item goes are seen.
let t: TestApp;
before(async () => {
  t = await createTestApp({ RETENTION_DAYS: '{"evidence":30,"report":60}' });
});
after(() => t.close());

const purge = () => purgeExpired(t.db, retentionRules, t.config, t.clock.now());
const itemIds = async () => (await t.db.selectFrom('evidence').select('id').orderBy('id').execute()).map((r) => r.id);
const chainIds = async () =>
  [...new Set((await t.db.selectFrom('custodyEntry').select('evidenceId').execute()).map((r) => r.evidenceId))].sort();
const filesOnDisk = () => [...new Set(fs.readdirSync(t.config.evidenceDir).flatMap((f) => (f === 'tmp' ? [] : [f.split('.')[0]])))].sort();
const reportExists = async (id: string) => !!(await t.db.selectFrom('report').select('id').where('id', '=', id).executeTakeFirst());

test('evidence goes when its incident has been closed past the period or no longer exists, unless held', async () => {
  const responder = await t.signIn({ roles: ['responder'] });
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const caseworker = await t.signIn({ roles: ['caseworker'] });
  const close = async (id: string) =>
    assert.equal((await t.call('POST', `/api/reports/${id}/close`, { cookie: dispatcher.cookie })).status, 200);
  const upload = (incidentId: string, bytes = jpegWithGps().bytes) => memberUpload(t, responder.cookie, incidentId, bytes, 'image/jpeg');

  const closedEarly = await confirmedReport(t); // closed on day 0
  const a1 = await upload(closedEarly.id);
  const a2 = await upload(closedEarly.id);
  const a3 = await memberUpload(t, responder.cookie, closedEarly.id, mp4Head(), 'video/mp4');
  await t.call('POST', `/api/evidence/${a2.id}/hold`, { cookie: caseworker.cookie });
  await close(closedEarly.id);
  const open = await confirmedReport(t); // never closed
  const b1 = await upload(open.id);
  const unverified = await filedReport(t); // nobody verifies it: the reports purge takes it at day 60
  const c1 = (await (await reporterUpload(t, unverified.id, unverified.uploadToken, pngWithMetadata().bytes, 'image/png')).json()) as {
    id: string;
  };

  t.clock.advance(20 * DAY);
  const closedLater = await confirmedReport(t); // closed on day 20
  const d1 = await upload(closedLater.id);
  await close(closedLater.id);
  const all = [a1.id, a2.id, a3.id, b1.id, c1.id, d1.id].sort();
  assert.deepEqual([await itemIds(), await chainIds(), filesOnDisk()], [all, all, all]);

  t.clock.advance(11 * DAY); // day 31: the first incident closed 31 days ago, the second 11
  let results = await purge();
  assert.equal(results.find((r) => r.kind === 'evidence')?.deleted, 2);
  assert.ok(await reportExists(closedEarly.id), 'the report itself is kept longer: its evidence went because it closed');
  let left = [a2.id, b1.id, c1.id, d1.id].sort();
  assert.deepEqual([await itemIds(), await chainIds(), filesOnDisk()], [left, left, left]);

  t.clock.advance(30 * DAY); // day 61: the reports purge deletes the unverified report and the first incident
  results = await purge();
  assert.ok(!(await reportExists(unverified.id)) && !(await reportExists(closedEarly.id)));
  assert.equal(results.find((r) => r.kind === 'evidence')?.deleted, 2, 'c1 (its report is gone) and d1 (closed 41 days ago)');
  left = [a2.id, b1.id].sort();
  assert.deepEqual([await itemIds(), await chainIds(), filesOnDisk()], [left, left, left]);

  // Released, the held item follows its incident, which is gone by now.
  const later = await t.signIn({ roles: ['caseworker'] });
  assert.equal((await t.call('POST', `/api/evidence/${a2.id}/release`, { cookie: later.cookie })).status, 200);
  results = await purge();
  assert.equal(results.find((r) => r.kind === 'evidence')?.deleted, 1);
  assert.deepEqual([await itemIds(), await chainIds(), filesOnDisk()], [[b1.id], [b1.id], [b1.id]]);
  const audit = await t.db.selectFrom('auditLog').select('id').where('objectId', '=', a1.id).execute();
  assert.equal(audit.length, 1, 'the audit log keeps the record that it was uploaded');
});

test('files a crash left without a row are swept after an hour; fresh ones may still be committing', async () => {
  const orphan = (name: string, ageMs: number, dir = t.config.evidenceDir) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, 'x');
    const when = new Date(Date.now() - ageMs);
    fs.utimesSync(file, when, when);
    return file;
  };
  const oldOriginal = orphan('0190a1b2-0000-7000-8000-000000000001.original', 2 * HOUR);
  const oldPart = orphan('0190a1b2-0000-7000-8000-000000000002.original.part', 2 * HOUR, path.join(t.config.evidenceDir, 'tmp'));
  const fresh = orphan('0190a1b2-0000-7000-8000-000000000003.shared', 60_000);
  const unrelated = orphan('README', 2 * HOUR);
  const kept = await itemIds();
  await purge();
  assert.deepEqual(
    [fs.existsSync(oldOriginal), fs.existsSync(oldPart), fs.existsSync(fresh), fs.existsSync(unrelated)],
    [false, false, true, true],
  );
  assert.deepEqual(await itemIds(), kept);
  for (const id of kept) assert.ok(fs.existsSync(path.join(t.config.evidenceDir, `${id}.original`)));
});
