import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { runScriptOn } from '../../test-support/run-script';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { GENESIS_HASH } from './ledger/chain';
import { appendPosting, ledgerHead, postNow } from './ledger-service';
import { verifyLedger } from './ledger-verify';
import { donationPosting } from './postings';
import { tamperWithLedger } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const gift = (key: string, cents = 2500, fundId = 'legal') => donationPosting(key, t.clock.now(), fundId, cents);
const entryCount = async () => Number((await sql<{ n: number }>`select count(*) as n from ledger_entry`.execute(t.db)).rows[0].n);
const verify = () => verifyLedger(t.db, t.ctx.dialect);
const entry = (seq: number) => t.db.selectFrom('ledgerEntry').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();

/** scripts/verify-ledger.ts against this test's database, as an operator would run it. */
const runVerifyScript = () => runScriptOn(t, 'scripts/verify-ledger.ts');

test('postings chain from the genesis; the head and the balances follow in the same transaction', async () => {
  const empty = await verify();
  assert.deepEqual(empty, { ok: true, entries: 0, head: { seq: 0, hash: GENESIS_HASH }, firstBreak: null, balanceMismatches: [] });
  const first = await postNow(t.ctx, gift('chain-1'));
  const second = await postNow(t.ctx, gift('chain-2', 700, 'rent'));
  assert.deepEqual([first.entry.seq, first.entry.prevHash, second.entry.prevHash], [1, GENESIS_HASH, first.entry.hash]);
  assert.deepEqual(await ledgerHead(t.db), { seq: 2, hash: second.entry.hash });
  const balances = await t.db.selectFrom('ledgerBalance').selectAll().orderBy('account').execute();
  assert.deepEqual(
    balances.map((b) => [b.fundId, b.account, Number(b.balanceCents)]),
    [
      ['legal', 'fund:legal:cash', 2500],
      ['legal', 'fund:legal:donations', -2500],
      ['rent', 'fund:rent:cash', 700],
      ['rent', 'fund:rent:donations', -700],
    ],
  );
  assert.equal((await verify()).ok, true);
  await assert.rejects(
    t.db.transaction().execute(async (tx) => {
      await appendPosting(t.ctx, tx, gift('chain-rolled-back'));
      throw new Error('the caller fails after posting');
    }),
  );
  assert.deepEqual(await ledgerHead(t.db), { seq: 2, hash: second.entry.hash }, 'a rolled-back posting leaves no trace');
});

test('a duplicate idempotency key posts once and answers with the first entry, sequentially and concurrently', async () => {
  const before = await entryCount();
  const first = await postNow(t.ctx, gift('dup-seq', 1000));
  const again = await postNow(t.ctx, gift('dup-seq', 9999));
  assert.deepEqual([first.created, again.created], [true, false]);
  assert.deepEqual(again.entry, first.entry, 'the first posting, not the second one asked for');

  const racing = await Promise.all(Array.from({ length: 20 }, (_, i) => postNow(t.ctx, gift('dup-concurrent', 100 + i))));
  assert.equal(racing.filter((r) => r.created).length, 1);
  assert.equal(new Set(racing.map((r) => r.entry.seq)).size, 1, 'every caller hears of the same entry');
  // And separately committed transactions (not one shared commit) racing on the same key.
  const separate = await Promise.all(
    Array.from({ length: 10 }, () => t.db.transaction().execute((tx) => appendPosting(t.ctx, tx, gift('dup-separate')))),
  );
  assert.equal(separate.filter((r) => r.created).length, 1);
  assert.equal(await entryCount(), before + 3);
  assert.equal((await verify()).ok, true);
});

test('concurrent appends form one unbroken chain', async () => {
  const before = await entryCount();
  await Promise.all(Array.from({ length: 60 }, (_, i) => postNow(t.ctx, gift(`many-${i}`, 100 + i, i % 2 ? 'legal' : 'family'))));
  assert.equal(await entryCount(), before + 60);
  const report = await verify();
  assert.deepEqual([report.ok, report.entries, report.head.seq], [true, before + 60, before + 60]);
});

test('the database refuses to change or delete ledger entries', async () => {
  await assert.rejects(t.db.updateTable('ledgerEntry').set({ memo: 'reversal' }).where('seq', '=', 1).execute());
  await assert.rejects(t.db.deleteFrom('ledgerEntry').where('seq', '=', 1).execute());
  if (t.ctx.dialect === 'postgres') await assert.rejects(sql`truncate ledger_entry`.execute(t.db));
  assert.equal((await verify()).ok, true);
});

test('the chain finds an edited entry, a deleted one, a cut-off end and a forged balance; so does the command', async () => {
  await postNow(t.ctx, gift('tamper-a', 5000));
  const run = await runVerifyScript();
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /^ledger OK: \d+ entries, head seq \d+ [0-9a-f]{64}, balances match/m);

  const target = await entry(3);
  const lines = JSON.parse(target.lines) as { account: string; amountCents: number }[];
  lines[0].amountCents += 100;
  await tamperWithLedger(t, (db) =>
    db
      .updateTable('ledgerEntry')
      .set({ lines: JSON.stringify(lines) })
      .where('seq', '=', 3)
      .execute(),
  );
  assert.deepEqual((await verify()).firstBreak, { seq: 3, reason: 'edited' });
  const broken = await runVerifyScript();
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /ledger BROKEN at seq 3: edited/);
  await tamperWithLedger(t, (db) => db.updateTable('ledgerEntry').set({ lines: target.lines }).where('seq', '=', 3).execute());
  assert.equal((await verify()).ok, true, 'put back as it was, it verifies again');

  const fifth = await entry(5);
  await tamperWithLedger(t, (db) => db.deleteFrom('ledgerEntry').where('seq', '=', 5).execute());
  assert.deepEqual((await verify()).firstBreak, { seq: 5, reason: 'missing' });
  await tamperWithLedger(t, (db) => db.insertInto('ledgerEntry').values(fifth).execute());

  const head = await ledgerHead(t.db);
  const last = await entry(head.seq);
  await tamperWithLedger(t, (db) => db.deleteFrom('ledgerEntry').where('seq', '=', head.seq).execute());
  assert.deepEqual((await verify()).firstBreak, { seq: head.seq, reason: 'missing' }, 'the head remembers the end');
  await tamperWithLedger(t, (db) => db.insertInto('ledgerEntry').values(last).execute());

  const second = await entry(2);
  await tamperWithLedger(t, (db) => db.updateTable('ledgerEntry').set({ lines: 'not json' }).where('seq', '=', 2).execute());
  assert.deepEqual((await verify()).firstBreak, { seq: 2, reason: 'edited' });
  await tamperWithLedger(t, (db) => db.updateTable('ledgerEntry').set({ lines: second.lines }).where('seq', '=', 2).execute());
  assert.equal((await verify()).ok, true);
});

test('a balance changed behind the ledger is found', async () => {
  const fresh = await createTestApp();
  try {
    await postNow(fresh.ctx, donationPosting('bal-1', fresh.clock.now(), 'legal', 4000));
    await fresh.db.updateTable('ledgerBalance').set({ balanceCents: 9000 }).where('account', '=', 'fund:legal:cash').execute();
    const report = await verifyLedger(fresh.db, fresh.ctx.dialect);
    assert.equal(report.ok, false);
    assert.equal(report.firstBreak, null);
    assert.deepEqual(report.balanceMismatches, [{ account: 'fund:legal:cash', recordedCents: 9000, ledgerCents: 4000 }]);
  } finally {
    await fresh.close();
  }
});
