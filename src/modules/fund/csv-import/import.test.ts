import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { listColumns } from '../../../core/db/portable';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { Donation, ImportSummary } from '../contract';
import { verifyLedger } from '../ledger-verify';
import { expectError, figures, type Member, makeFund } from '../test-helpers';
import { GENERIC_EXPORT, PAYPAL_EXPORT, STRIPE_EXPORT, STRIPE_EXPORT_LATER } from './samples';

let t: TestApp;
let treasurer: Member;
before(async () => {
  t = await createTestApp();
  treasurer = await t.signIn({ roles: ['treasurer'] });
});
after(() => t.close());

const run = (path: 'imports' | 'imports/check', fundId: string, csv: string, as = treasurer) =>
  t.call('POST', `/api/fund/${path}`, { cookie: as.cookie, body: { fundId, csv } });
async function imported(fundId: string, csv: string): Promise<ImportSummary> {
  const res = await run('imports', fundId, csv);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as ImportSummary;
}
const entries = async () => Number((await sql<{ n: number }>`select count(*) as n from ledger_entry`.execute(t.db)).rows[0].n);
const counts = (s: ImportSummary) => [s.donations, s.donationCents, s.refunds, s.refundCents, s.duplicates];

test('a Stripe export: checked first (nothing written), then imported; the same file again adds nothing', async () => {
  const fund = await makeFund(t, await t.signIn({ roles: ['organiser'] }));
  const before = await entries();
  const check = await run('imports/check', fund.id, STRIPE_EXPORT);
  const checked = (await check.json()) as ImportSummary;
  assert.deepEqual([checked.preset, checked.rows, checked.written, ...counts(checked)], ['stripe', 4, false, 3, 135_950, 1, 4000, 0]);
  assert.deepEqual(checked.skipped, [{ line: 4, message: 'not captured' }]);
  assert.equal(await entries(), before, 'checking writes nothing');

  const done = await imported(fund.id, STRIPE_EXPORT);
  assert.deepEqual([done.written, ...counts(done)], [true, 3, 135_950, 1, 4000, 0]);
  assert.equal(await entries(), before + 4);
  const { raised, cash } = await figures(t, treasurer, fund.id);
  assert.deepEqual([raised, cash], [131_950, 131_950], '$1,359.50 given, $40 of it refunded');
  const list = await t.call('GET', `/api/fund/donations?fundId=${fund.id}`, { cookie: treasurer.cookie });
  const donations = ((await list.json()) as { donations: Donation[] }).donations;
  assert.deepEqual(donations.map((d) => [d.externalId, d.amountCents, d.reversedCents, d.donorName, d.source, d.method]).sort(), [
    ['ch_3PqX1', 2500, 0, 'Maria G.', 'stripe', 'online'],
    ['ch_3PqX2', 123_450, 0, null, 'stripe', 'online'],
    ['ch_3PqX4', 10_000, 4000, null, 'stripe', 'online'],
  ]);

  const again = await imported(fund.id, STRIPE_EXPORT);
  assert.deepEqual(counts(again), [0, 0, 0, 0, 4]);
  assert.equal(await entries(), before + 4, 'the same file twice: nothing new');

  const later = await imported(fund.id, STRIPE_EXPORT_LATER);
  assert.deepEqual(counts(later), [0, 0, 1, 6000, 3], 'a refund grown to the whole payment posts the difference');
  assert.equal((await figures(t, treasurer, fund.id)).raised, 125_950);
  assert.deepEqual(counts(await imported(fund.id, STRIPE_EXPORT_LATER)), [0, 0, 0, 0, 4]);
  assert.equal((await verifyLedger(t.db, t.ctx.dialect)).ok, true);
});

test('card data never reaches the database: card columns are dropped, a card number refuses the file', async () => {
  const fund = await makeFund(t, await t.signIn({ roles: ['organiser'] }), { name: 'Cards' });
  const withCard = GENERIC_EXPORT.replace('g-1,2026-01-20,20.00,USD,Ana', 'g-1,2026-01-20,20.00,USD,4000 0566 5566 5556');
  for (const path of ['imports', 'imports/check'] as const) {
    const body = await expectError(await run(path, fund.id, withCard), 400, 'card_number_in_file', 'csv');
    assert.match(body.error.message, /Line 2, column "name"/);
    assert.ok(!body.error.message.includes('5556'));
  }
  const tables = [...new Set((await listColumns(t.db as never, t.ctx.dialect)).map((c) => c.table))];
  let everything = '';
  for (const table of tables) everything += JSON.stringify((await sql`select * from ${sql.table(table)}`.execute(t.db)).rows);
  for (const canary of ['Maria Gonzalez', 'Xt5EWLLDS7FJjR1c', 'maria@example.org', 'card_1Abc', '4000 0566'])
    assert.ok(!everything.includes(canary), `${canary} is stored nowhere`);
});

test('a PayPal download: a refund reverses the payment it names, even listed before it; others are skipped, saying why', async () => {
  const fund = await makeFund(t, await t.signIn({ roles: ['organiser'] }), { name: 'PayPal' });
  const done = await imported(fund.id, PAYPAL_EXPORT);
  assert.deepEqual(counts(done), [2, 104_000, 1, 1000, 0]);
  assert.deepEqual(
    done.skipped.map((s) => s.line),
    [2, 3, 7],
  );
  assert.match(done.skipped[2].message, /a refund of 0NOTINWHISTLE0000, a payment not recorded in Whistle: skipped/);
  assert.deepEqual([(await figures(t, treasurer, fund.id)).raised], [103_000]);
  assert.deepEqual(counts(await imported(fund.id, PAYPAL_EXPORT)), [0, 0, 0, 0, 3]);
});

test('a file with any bad row writes nothing, and says where', async () => {
  const fund = await makeFund(t, await t.signIn({ roles: ['organiser'] }), { name: 'Strict' });
  const before = await entries();
  const bad = `${GENERIC_EXPORT}\ng-4,2026-01-22,"12,50",USD,Bo\ng-5,2026-01-22,3.00,CAD,Cy`;
  const checked = (await (await run('imports/check', fund.id, bad)).json()) as ImportSummary;
  assert.deepEqual(
    checked.problems.map((p) => [p.line, p.column]),
    [
      [5, 'amount'],
      [6, 'currency'],
    ],
  );
  const refused = await expectError(await run('imports', fund.id, bad), 400, 'import_has_problems', 'csv');
  assert.match(refused.error.message, /^Line 5, column "amount": "12,50" is not an amount .* \(and 1 more\)\. Nothing was imported\.$/);
  assert.equal(await entries(), before);
  await expectError(await run('imports', fund.id, 'hello,world\n1,2'), 400, 'unknown_csv_format', 'csv');
  await expectError(await run('imports', 'no-such-fund', GENERIC_EXPORT), 404, 'not_found', 'fundId');
  await expectError(await run('imports', fund.id, GENERIC_EXPORT, await t.signIn({ roles: ['organiser'] })), 403, 'role_required');
});

test('the same file imported twice at once posts each payment once', async () => {
  const fund = await makeFund(t, await t.signIn({ roles: ['organiser'] }), { name: 'Race' });
  const csv = ['id,date,amount', ...Array.from({ length: 40 }, (_, i) => `race-${i},2026-01-20,${i + 1}.00`)].join('\n');
  const results = await Promise.all([1, 2, 3].map(() => imported(fund.id, csv)));
  assert.deepEqual(results.map((r) => r.donations).sort(), [0, 0, 40]);
  assert.equal((await figures(t, treasurer, fund.id)).raised, (40 * 41 * 100) / 2);
});
