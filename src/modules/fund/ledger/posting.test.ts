import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseAccount } from './accounts';
import { MAX_LINE_CENTS, type Posting, validatePosting } from './posting';
import { validPosting } from './test-arbitraries';

const donation: Posting = {
  idempotencyKey: 'stripe:ch_3PqX',
  at: 1_790_000_000_000,
  memo: 'donation',
  lines: [
    { account: 'fund:legal:cash', amountCents: 2500 },
    { account: 'fund:legal:donations', amountCents: -2500 },
  ],
};

const withLines = (...amounts: unknown[]) => ({
  ...donation,
  lines: amounts.map((amountCents, i) => ({
    account: ['fund:legal:cash', 'fund:legal:donations', 'fund:legal:disbursed:rent'][i],
    amountCents,
  })),
});

test('generated balanced postings are valid and come back as a clean copy', () => {
  fc.assert(
    fc.property(validPosting, (posting) => {
      assert.deepEqual(validatePosting(posting), { ok: true, posting });
    }),
  );
  assert.deepEqual(validatePosting({ ...donation, extra: 'dropped' }), { ok: true, posting: donation });
});

test('a posting that does not sum to 0 is refused, whatever line is off and by how much', () => {
  fc.assert(
    fc.property(validPosting, fc.nat(), fc.integer({ min: -1000, max: 1000 }).filter(Boolean), (posting, pick, delta) => {
      const i = pick % posting.lines.length;
      const lines = posting.lines.map((line, j) => (j === i ? { ...line, amountCents: line.amountCents + delta } : line));
      fc.pre(lines[i].amountCents !== 0);
      const result = validatePosting({ ...posting, lines });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.field, 'lines');
    }),
  );
  const result = validatePosting(withLines(2500, -2499));
  assert.deepEqual(result, { ok: false, field: 'lines', message: 'Debits and credits must sum to exactly 0; these lines sum to 1 cents.' });
});

test('each fund balances on its own: money does not move between funds inside a posting', () => {
  const crossFund = {
    ...donation,
    lines: [
      { account: 'fund:legal:cash', amountCents: 2500 },
      { account: 'fund:rent:donations', amountCents: -2500 },
    ],
  };
  const result = validatePosting(crossFund);
  assert.equal(!result.ok && result.field, 'lines');
  assert.match(!result.ok ? result.message : '', /fund legal/);
});

test('each malformed field is named', () => {
  const cases: [unknown, string][] = [
    [null, 'posting'],
    [[donation], 'posting'],
    [{ ...donation, idempotencyKey: '' }, 'idempotencyKey'],
    [{ ...donation, idempotencyKey: 'has space' }, 'idempotencyKey'],
    [{ ...donation, idempotencyKey: 'k'.repeat(129) }, 'idempotencyKey'],
    [{ ...donation, at: -1 }, 'at'],
    [{ ...donation, at: 1.5 }, 'at'],
    [{ ...donation, at: '1790000000000' }, 'at'],
    [{ ...donation, memo: 'gift' }, 'memo'],
    [{ ...donation, lines: [] }, 'lines'],
    [{ ...donation, lines: 'x' }, 'lines'],
    [withLines(0), 'lines'],
    [withLines(...Array(21).fill(1)), 'lines'],
    [{ ...donation, lines: [donation.lines[0], 5] }, 'lines[1]'],
    [{ ...donation, lines: [donation.lines[0], { account: 'fund:legal:savings', amountCents: -2500 }] }, 'lines[1].account'],
    [{ ...donation, lines: [donation.lines[0], { account: 'fund:legal:disbursed:bail', amountCents: -2500 }] }, 'lines[1].account'],
    [{ ...donation, lines: [donation.lines[0], { account: 'fund:a:b:cash', amountCents: -2500 }] }, 'lines[1].account'],
    [{ ...donation, lines: [donation.lines[0], { amountCents: -2500 }] }, 'lines[1].account'],
    [{ ...donation, lines: [donation.lines[0], donation.lines[0]] }, 'lines[1].account'],
    [withLines(25.5, -25.5), 'lines[0].amountCents'],
    [withLines('2500', -2500), 'lines[0].amountCents'],
    [withLines(2500, Number.NaN), 'lines[1].amountCents'],
    [withLines(2 ** 53, -(2 ** 53)), 'lines[0].amountCents'],
    [withLines(MAX_LINE_CENTS + 1, -MAX_LINE_CENTS - 1), 'lines[0].amountCents'],
    [withLines(2500, 0, -2500), 'lines[1].amountCents'],
  ];
  for (const [input, field] of cases) {
    const result = validatePosting(input);
    assert.equal(result.ok, false, JSON.stringify(input));
    assert.equal(!result.ok && result.field, field, JSON.stringify(input));
  }
  assert.equal(validatePosting(withLines(MAX_LINE_CENTS, -MAX_LINE_CENTS)).ok, true);
});

test('account names parse only in the fixed shapes', () => {
  assert.deepEqual(parseAccount('fund:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b:cash'), {
    fundId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    kind: 'cash',
  });
  assert.deepEqual(parseAccount('fund:rent:disbursed:childcare'), { fundId: 'rent', kind: 'disbursed', category: 'childcare' });
  for (const bad of [
    'fund::cash',
    'fund:x:disbursed',
    'fund:x:disbursed:',
    'fund:x:cash:extra',
    'Fund:x:cash',
    `fund:${'x'.repeat(65)}:cash`,
  ])
    assert.equal(parseAccount(bad), null, bad);
});
