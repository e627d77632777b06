import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseAccount } from './accounts';
import { applyPosting, type Balances, foldBalances, fundTotals } from './balances';
import type { Posting } from './posting';
import { FUND_IDS, validPosting } from './test-arbitraries';

const postings = fc.array(validPosting, { maxLength: 40 });
const sum = (values: Iterable<number>) => [...values].reduce((total, cents) => total + cents, 0);

/** Written apart from the fold on purpose: per account, the sum of every line naming it. */
function naiveBalances(all: Posting[]): Map<string, number> {
  const accounts = new Set(all.flatMap((posting) => posting.lines.map((line) => line.account)));
  return new Map(
    [...accounts].map((account) => [
      account,
      sum(all.flatMap((p) => p.lines.filter((line) => line.account === account).map((line) => line.amountCents))),
    ]),
  );
}

test('any sequence of valid postings keeps the ledger, and every fund in it, balanced', () => {
  fc.assert(
    fc.property(postings, (all) => {
      const balances = foldBalances(all);
      assert.equal(sum(balances.values()), 0);
      for (const fundId of FUND_IDS) {
        const own = [...balances].filter(([account]) => parseAccount(account)?.fundId === fundId);
        assert.equal(sum(own.map(([, cents]) => cents)), 0);
        const totals = fundTotals(balances, fundId);
        assert.equal(totals.cashCents, totals.raisedCents - totals.paidOutCents);
        assert.equal(totals.paidOutCents, sum(Object.values(totals.paidOutByCategory)));
      }
    }),
  );
});

test('the fold equals per-account sums and posting one at a time', () => {
  fc.assert(
    fc.property(postings, (all) => {
      const folded = foldBalances(all);
      assert.deepEqual(new Map([...folded].sort()), new Map([...naiveBalances(all)].sort()));
      let stepped: Balances = new Map();
      for (const posting of all) {
        const before = stepped;
        const snapshot = new Map(before);
        stepped = applyPosting(before, posting);
        assert.deepEqual(before, snapshot, 'applyPosting leaves its input alone');
      }
      assert.deepEqual(stepped, folded);
    }),
  );
});

test('fund totals: donations raised, payouts by category, reversals counted back', () => {
  const at = 1_790_000_000_000;
  const balances = foldBalances([
    {
      idempotencyKey: 'd1',
      at,
      memo: 'donation',
      lines: [
        { account: 'fund:legal:cash', amountCents: 10_000 },
        { account: 'fund:legal:donations', amountCents: -10_000 },
      ],
    },
    {
      idempotencyKey: 'd2',
      at,
      memo: 'donation',
      lines: [
        { account: 'fund:legal:cash', amountCents: 5_000 },
        { account: 'fund:legal:donations', amountCents: -5_000 },
      ],
    },
    {
      idempotencyKey: 'r1',
      at,
      memo: 'reversal',
      lines: [
        { account: 'fund:legal:cash', amountCents: -5_000 },
        { account: 'fund:legal:donations', amountCents: 5_000 },
      ],
    },
    {
      idempotencyKey: 'p1',
      at,
      memo: 'disbursement',
      lines: [
        { account: 'fund:legal:disbursed:legal', amountCents: 7_500 },
        { account: 'fund:legal:cash', amountCents: -7_500 },
      ],
    },
  ]);
  const totals = fundTotals(balances, 'legal');
  assert.equal(totals.raisedCents, 10_000);
  assert.equal(totals.paidOutCents, 7_500);
  assert.equal(totals.paidOutByCategory.legal, 7_500);
  assert.equal(totals.paidOutByCategory.rent, 0);
  assert.equal(totals.cashCents, 2_500);
  assert.deepEqual(fundTotals(balances, 'rent'), { ...fundTotals(new Map(), 'rent'), raisedCents: 0, cashCents: 0 });
  assert.ok(Object.is(fundTotals(new Map(), 'rent').raisedCents, 0), 'no -0 for an empty fund');
});

test('a balance leaving the exact integer range is an error, not a rounded number', () => {
  const big = 2 ** 52;
  const start: Balances = new Map([['fund:legal:cash', big]]);
  const posting: Posting = {
    idempotencyKey: 'x',
    at: 0,
    memo: 'donation',
    lines: [
      { account: 'fund:legal:cash', amountCents: big },
      { account: 'fund:legal:donations', amountCents: -big },
    ],
  };
  assert.throws(() => applyPosting(start, posting), RangeError);
});
