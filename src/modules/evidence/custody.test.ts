import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runScriptOn } from '../../test-support/run-script';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import type { EvidenceItem } from './contract';
import { type BreakReason, custodyHash, verifyCustody } from './custody';
import type { CustodyEntryTable } from './schema';
import { memberUpload, withoutCustodyTriggers } from './test-helpers';
import { jpegWithGps, pngWithMetadata } from './test-media';

let t: TestApp;
let incidentId: string;
let caseworker: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  incidentId = (await confirmedReport(t)).id;
  caseworker = await t.signIn({ roles: ['caseworker'] });
});
after(() => t.close());

/** An item with four entries: uploaded, viewed, viewed, held. */
async function itemWithHistory(): Promise<EvidenceItem> {
  const responder = await t.signIn({ roles: ['responder'] });
  const item = await memberUpload(t, responder.cookie, incidentId, pngWithMetadata().bytes, 'image/png');
  await t.call('GET', `/api/evidence/${item.id}/shared`, { cookie: responder.cookie });
  await t.call('GET', `/api/evidence/${item.id}/original`, { cookie: caseworker.cookie });
  await t.call('POST', `/api/evidence/${item.id}/hold`, { cookie: caseworker.cookie });
  return item;
}

const entry = (evidenceId: string, seq: number) =>
  t.db.selectFrom('custodyEntry').where('evidenceId', '=', evidenceId).where('seq', '=', seq);
const breakOf = async (evidenceId: string, opts = {}) => (await verifyCustody(t.db, opts)).broken.find((b) => b.evidenceId === evidenceId);
const expectBreak = async (evidenceId: string, seq: number | null, reason: BreakReason, opts = {}) =>
  assert.deepEqual(await breakOf(evidenceId, opts), { evidenceId, seq, reason });

/** scripts/verify-custody.ts against this test's database, as an operator would run it. */
const runVerifyScript = () => runScriptOn(t, 'scripts/verify-custody.ts');

test('untouched chains verify, and so does the command', async () => {
  const item = await itemWithHistory();
  const report = await verifyCustody(t.db, { evidenceDir: t.config.evidenceDir });
  assert.deepEqual([report.firstBroken, report.broken], [null, []]);
  assert.ok(report.items >= 1 && report.entries >= 4);
  assert.equal((await t.db.selectFrom('custodyEntry').select('seq').where('evidenceId', '=', item.id).execute()).length, 4);
  const run = await runVerifyScript();
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /custody check passed/);
});

test('the database refuses to change or delete custody entries, to change hashes, or to delete held evidence', async () => {
  const item = await itemWithHistory();
  await assert.rejects(
    t.db.updateTable('custodyEntry').set({ action: 'exported' }).where('evidenceId', '=', item.id).where('seq', '=', 2).execute(),
  );
  await assert.rejects(t.db.deleteFrom('custodyEntry').where('evidenceId', '=', item.id).where('seq', '=', 2).execute());
  await assert.rejects(
    t.db
      .updateTable('evidence')
      .set({ sha256Original: '0'.repeat(64) })
      .where('id', '=', item.id)
      .execute(),
  );
  await assert.rejects(t.db.deleteFrom('evidence').where('id', '=', item.id).execute(), 'it is held');
  assert.equal(await breakOf(item.id), undefined);
});

type EntryChange = Partial<Pick<CustodyEntryTable, 'memberId' | 'action' | 'hash'>>;
const editEntry = (evidenceId: string, seq: number, set: EntryChange) =>
  withoutCustodyTriggers(t, (db) =>
    db.updateTable('custodyEntry').set(set).where('evidenceId', '=', evidenceId).where('seq', '=', seq).execute(),
  );
const deleteEntry = (evidenceId: string, seq: number) =>
  withoutCustodyTriggers(t, (db) => db.deleteFrom('custodyEntry').where('evidenceId', '=', evidenceId).where('seq', '=', seq).execute());

test('an edited entry is found: the first entry whose hash no longer matches', async () => {
  const item = await itemWithHistory();
  await editEntry(item.id, 3, { memberId: null });
  await expectBreak(item.id, 3, 'hash_mismatch');
});

test('an edited entry whose hash was recomputed still breaks the link to the next one', async () => {
  const item = await itemWithHistory();
  await editEntry(item.id, 2, { hash: 'f'.repeat(64) });
  await expectBreak(item.id, 2, 'hash_mismatch');
  const other = await itemWithHistory();
  const forged = { ...(await entry(other.id, 2).selectAll().executeTakeFirstOrThrow()), action: 'exported' as const };
  await editEntry(other.id, 2, { action: forged.action, hash: custodyHash(forged, other) });
  await expectBreak(other.id, 3, 'prev_hash_mismatch');
});

test('a deleted middle entry, a cut-off end and orphaned entries are found', async () => {
  const middle = await itemWithHistory();
  await deleteEntry(middle.id, 2);
  await expectBreak(middle.id, 3, 'sequence_gap');

  const end = await itemWithHistory();
  await deleteEntry(end.id, 4);
  await expectBreak(end.id, null, 'head_mismatch');

  const orphan = await itemWithHistory();
  await withoutCustodyTriggers(t, (db) => db.deleteFrom('evidence').where('id', '=', orphan.id).execute());
  await expectBreak(orphan.id, null, 'entries_without_item');
});

test('a changed hash on the item, or a changed file on disk, is found', async () => {
  const item = await itemWithHistory();
  await withoutCustodyTriggers(t, (db) =>
    db
      .updateTable('evidence')
      .set({ sha256Shared: 'a'.repeat(64) })
      .where('id', '=', item.id)
      .execute(),
  );
  await expectBreak(item.id, 1, 'hash_mismatch');

  const responder = await t.signIn({ roles: ['responder'] });
  const photo = await memberUpload(t, responder.cookie, incidentId, jpegWithGps().bytes, 'image/jpeg');
  assert.equal(await breakOf(photo.id, { evidenceDir: t.config.evidenceDir }), undefined);
  const file = path.join(t.config.evidenceDir, `${photo.id}.original`);
  const bytes = fs.readFileSync(file);
  bytes[bytes.length - 3] ^= 0xff;
  fs.writeFileSync(file, bytes);
  await expectBreak(photo.id, null, 'original_file_changed', { evidenceDir: t.config.evidenceDir });
});

test('the command reports tampering and exits 1', async () => {
  const run = await runVerifyScript();
  assert.equal(run.code, 1, run.stdout);
  assert.match(run.stdout, /custody check FAILED: first break at item [0-9a-f-]+/);
  assert.match(run.stdout, /BROKEN .* entry 3: sequence_gap/);
});
