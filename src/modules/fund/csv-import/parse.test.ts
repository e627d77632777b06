import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../../core/errors';
import { CellError, holdsCardNumber, parseCents, parseInstant } from './cells';
import { parseImport } from './parse';
import { GENERIC_EXPORT, PAYPAL_EXPORT, STRIPE_EXPORT } from './samples';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message, field: err.field };
    throw err;
  }
  assert.fail('it was not refused');
};

test('dollars become integer cents exactly, never through a float', () => {
  const cases: [string, number][] = [
    ['25.00', 2500],
    ['1,234.50', 123_450],
    ['$40.5', 4050],
    ['-25', -2500],
    ['$-7.05', -705],
    ['(12.00)', -1200],
    ['0.29', 29],
    ['1,000,000.01', 100_000_001],
  ];
  for (const [text, cents] of cases) assert.equal(parseCents(text), cents, text);
  for (const bad of ['12,50', '1.234', '1,23.00', 'abc', '', '10 USD', '1e3', '12345678901.00'])
    assert.throws(() => parseCents(bad), CellError, bad);
  // Any amount printed with thousands separators and cents reads back as the same integer.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 999_999_999 }), (cents) => {
      const text = `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
      assert.equal(parseCents(text), cents);
    }),
  );
});

test('dates and times as processors write them', () => {
  assert.equal(parseInstant('2026-01-20 14:03:22'), Date.UTC(2026, 0, 20, 14, 3, 22));
  assert.equal(parseInstant('2026-01-20T14:03:22Z'), Date.UTC(2026, 0, 20, 14, 3, 22));
  assert.equal(parseInstant('2026-01-20'), Date.UTC(2026, 0, 20, 12));
  assert.equal(parseInstant('1/22/2026', '10:15:00', 'CST'), Date.UTC(2026, 0, 22, 16, 15));
  assert.equal(parseInstant('1/22/2026', '10:15:00', 'PDT'), Date.UTC(2026, 0, 22, 17, 15));
  for (const [d, time, zone] of [['2026-02-30'], ['13/01/2026'], ['yesterday'], ['1/22/2026', '25:00'], ['1/22/2026', '10:00', 'Mars']])
    assert.throws(() => parseInstant(d, time, zone), CellError, d);
});

test('a full card number is found however it is written; other numbers are not one', () => {
  for (const card of [
    '4242424242424242',
    '4242 4242 4242 4242',
    '4242-4242-4242-4242',
    'paid with 378282246310005 today',
    '6011111111111117',
  ])
    assert.ok(holdsCardNumber(card), card);
  for (const other of [
    '4242424242424241',
    '4242',
    '612-555-0134',
    '2026-01-20 14:03:22',
    'ch_3PqX1',
    '1,234.50',
    '12345678901234567890123',
  ])
    assert.ok(!holdsCardNumber(other), other);
});

test('a Stripe payments export: paid payments are donations, refunded amounts refunds, the rest said and skipped', () => {
  const parsed = parseImport(STRIPE_EXPORT);
  assert.equal(parsed.preset, 'stripe');
  assert.equal(parsed.rows, 4);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.skipped, [{ line: 4, message: 'not captured' }]);
  assert.deepEqual(
    parsed.items.map((i) => (i.kind === 'donation' ? [i.kind, i.externalId, i.cents, i.donorName] : [i.kind, i.of, i.cents, i.key])),
    [
      ['donation', 'ch_3PqX1', 2500, 'Maria G.'],
      ['donation', 'ch_3PqX2', 123_450, null],
      ['donation', 'ch_3PqX4', 10_000, null],
      ['refund', 'ch_3PqX4', 4000, 'stripe:ch_3PqX4:refund:4000'],
    ],
  );
  const kept = JSON.stringify(parsed);
  for (const card of ['Maria Gonzalez', 'Xt5EWLLDS7FJjR1c', 'maria@example.org', 'Visa', 'card_1Abc', '2028'])
    assert.ok(!kept.includes(card), `${card} is never read`);
});

test('a PayPal activity download: completed gifts, refunds naming their payment, and what is not a gift', () => {
  const parsed = parseImport(PAYPAL_EXPORT);
  assert.equal(parsed.preset, 'paypal');
  assert.deepEqual(
    parsed.skipped.map((s) => [s.line, s.message]),
    [
      [2, 'status "Pending", not a completed payment'],
      [3, '"General Withdrawal" is not a donation'],
    ],
  );
  assert.deepEqual(
    parsed.items.map((i) => (i.kind === 'donation' ? [i.line, i.externalId, i.cents, i.at] : [i.line, i.of, i.cents, i.key])),
    [
      [4, '8MC585209K746392H', 1000, 'paypal:refund:5TY05013RG002845M'],
      [5, '8MC585209K746392H', 4000, Date.UTC(2026, 0, 22, 16, 15)],
      [6, '9ZZ11111AA2222333', 100_000, Date.UTC(2026, 0, 22, 14)],
      [7, '0NOTINWHISTLE0000', 500, 'paypal:refund:7QQ11111AA2222333'],
    ],
  );
});

test('the generic layout id,date,amount[,currency,name]; a negative amount is skipped, saying why', () => {
  const parsed = parseImport(GENERIC_EXPORT);
  assert.equal(parsed.preset, 'generic');
  assert.deepEqual(
    parsed.items.map((i) => i.kind === 'donation' && [i.externalId, i.cents, i.donorName]),
    [
      ['g-1', 2000, 'Ana'],
      ['g-3', 750, null],
    ],
  );
  assert.match(parsed.skipped[0]?.message ?? '', /^a refund: .*reverse that donation/);
  assert.equal(parseImport("id,date,amount\ng-9,2026-01-20,'-3.00").skipped[0]?.line, 2, 'a spreadsheet formula guard is taken off');
});

test('bad rows are named by line and column; a quoted line break does not shift the lines', () => {
  const text = [
    'id,date,amount,currency,name',
    'a,2026-01-20,"12,50",USD,x',
    'b,2026-01-20,5.00,EUR,x',
    'c,2026-02-30,5.00,USD,"two',
    'lines"',
    ',2026-01-20,5.00,USD,x',
    'e,2026-01-20,5.00',
    'f,2026-01-20,5.00,USD,fine',
  ].join('\n');
  const parsed = parseImport(text);
  assert.deepEqual(
    parsed.problems.map((p) => [p.line, p.column]),
    [
      [2, 'amount'],
      [3, 'currency'],
      [4, 'date'],
      [6, 'id'],
      [7, undefined],
    ],
  );
  assert.match(parsed.problems[0].message, /"12,50" is not an amount/);
  assert.deepEqual(
    parsed.items.map((i) => i.line),
    [8],
  );
});

test('a file holding a card number is refused whole, naming the cell but never the number', () => {
  const withCard = STRIPE_EXPORT.replace('Maria Gonzalez', '4242 4242 4242 4242');
  const refused = refusal(() => parseImport(withCard));
  assert.equal(refused.code, 'card_number_in_file');
  assert.equal(refused.field, 'csv');
  assert.match(refused.message, /^Line 2, column "Card Name" looks like a full card number/);
  assert.ok(!refused.message.includes('4242 4242'));
  assert.match(refusal(() => parseImport('id,date,amount,pan\nx,2026-01-20,1.00,5555555555554444')).message, /Line 2, column "pan"/);
  assert.equal(refusal(() => parseImport('name,amount\nAna,5')).code, 'unknown_csv_format');
});
