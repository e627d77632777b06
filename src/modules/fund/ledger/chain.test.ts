import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type CanonicalValue, canonicalJson, chainHash, GENESIS_HASH, type LedgerEntry, nextEntry, verifyChain } from './chain';
import type { Posting } from './posting';
import { buildChain, chainOf, validPosting } from './test-arbitraries';

const donation: Posting = {
  idempotencyKey: 'stripe:ch_3PqX',
  at: 1_790_000_000_000,
  memo: 'donation',
  lines: [
    { account: 'fund:legal:cash', amountCents: 2500 },
    { account: 'fund:legal:donations', amountCents: -2500 },
  ],
};

/** An entry index and, separately, the chain: most tamper tests pick one entry of a random chain. */
const chainAndIndex = (minLength: number) =>
  chainOf(minLength).chain((entries) => fc.tuple(fc.constant(entries), fc.integer({ min: 0, max: entries.length - 1 })));

const withAmount = (entry: LedgerEntry, delta: number): LedgerEntry => ({
  ...entry,
  posting: {
    ...entry.posting,
    lines: entry.posting.lines.map((line, i) => (i === 0 ? { ...line, amountCents: line.amountCents + delta } : line)),
  },
});

const headOf = (entries: LedgerEntry[]) => entries.at(-1)!;

test('an untouched chain verifies, with and without its head', () => {
  fc.assert(
    fc.property(chainOf(0), (entries) => {
      assert.deepEqual(verifyChain(entries), { ok: true });
      if (entries.length) assert.deepEqual(verifyChain(entries, headOf(entries)), { ok: true });
    }),
  );
  assert.deepEqual(verifyChain([], { seq: 0, hash: GENESIS_HASH }), { ok: true });
});

test('an edited amount is found at its entry', () => {
  fc.assert(
    fc.property(chainAndIndex(1), fc.integer({ min: 1, max: 100 }), ([entries, i], delta) => {
      const tampered = entries.with(i, withAmount(entries[i], delta));
      assert.deepEqual(verifyChain(tampered), { ok: false, at: i + 1, reason: 'edited' });
    }),
  );
});

test('an edit whose hash was recomputed is found by the next link, or at the end by the head', () => {
  fc.assert(
    fc.property(chainAndIndex(1), ([entries, i]) => {
      const edited = withAmount(entries[i], 1);
      const tampered = entries.with(i, { ...edited, hash: chainHash(edited.prevHash, edited) });
      assert.deepEqual(verifyChain(tampered, headOf(entries)), { ok: false, at: i + 1, reason: 'edited' });
    }),
  );
});

test('a removed entry is missing; one cut off the end needs the head to be noticed', () => {
  fc.assert(
    fc.property(chainAndIndex(2), ([entries, i]) => {
      const removed = entries.toSpliced(i, 1);
      const isLast = i === entries.length - 1;
      assert.deepEqual(verifyChain(removed), isLast ? { ok: true } : { ok: false, at: i + 1, reason: 'missing' });
      assert.deepEqual(verifyChain(removed, headOf(entries)), { ok: false, at: i + 1, reason: 'missing' });
    }),
  );
  const [first] = buildChain([donation]);
  assert.deepEqual(verifyChain([], first), { ok: false, at: 1, reason: 'missing' });
});

test('swapped entries are reordered; swapping their contents in place is an edit', () => {
  fc.assert(
    fc.property(chainAndIndex(2), fc.nat(), ([entries, i], offset) => {
      const j = (i + 1 + (offset % (entries.length - 1))) % entries.length;
      const [a, b] = [Math.min(i, j), Math.max(i, j)];
      fc.pre(entries[a].posting.idempotencyKey !== entries[b].posting.idempotencyKey);
      const swapped = entries.with(a, entries[b]).with(b, entries[a]);
      assert.deepEqual(verifyChain(swapped), { ok: false, at: a + 1, reason: 'reordered' });
      const contentsSwapped = entries
        .with(a, { ...entries[a], posting: entries[b].posting })
        .with(b, { ...entries[b], posting: entries[a].posting });
      assert.deepEqual(verifyChain(contentsSwapped), { ok: false, at: a + 1, reason: 'edited' });
    }),
  );
});

test('a repeated entry is out of order', () => {
  const entries = buildChain([donation, { ...donation, idempotencyKey: 'k2' }]);
  assert.deepEqual(verifyChain([...entries, entries[1]]), { ok: false, at: 2, reason: 'reordered' });
  assert.deepEqual(verifyChain([entries[0], entries[1]], { seq: 1, hash: entries[0].hash }), { ok: false, at: 2, reason: 'edited' });
});

test('a chain must start at seq 1 from the genesis hash', () => {
  const forged = nextEntry({ seq: 0, hash: 'f'.repeat(64) }, donation);
  assert.deepEqual(verifyChain([forged]), { ok: false, at: 1, reason: 'bad_genesis' });
  const zero = { ...forged, seq: 0, prevHash: GENESIS_HASH };
  assert.deepEqual(verifyChain([{ ...zero, hash: chainHash(GENESIS_HASH, zero) }]), { ok: false, at: 0, reason: 'bad_genesis' });
});

test('canonical JSON sorts keys at every depth and writes integers as decimal strings', () => {
  assert.equal(canonicalJson({ b: [3, { z: 'é"', a: -7 }], a: 'x' }), '{"a":"x","b":["3",{"a":"-7","z":"é\\""}]}');
  assert.throws(() => canonicalJson({ a: 0.5 }), RangeError);
  assert.throws(() => canonicalJson(2 ** 53), RangeError);
  const json: fc.Arbitrary<CanonicalValue> = fc.letrec<{ value: CanonicalValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.maxSafeInteger(),
      fc.array(tie('value')),
      fc.dictionary(fc.string(), tie('value')),
    ),
  })).value;
  fc.assert(
    fc.property(json, (value) => {
      const reversed = JSON.parse(JSON.stringify(value), (_key, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      );
      assert.equal(canonicalJson(reversed), canonicalJson(value));
    }),
  );
});

test('the hash depends on content only: key order and line order do not change it', () => {
  fc.assert(
    fc.property(validPosting, (posting) => {
      const reshaped: Posting = {
        lines: [...posting.lines].reverse().map(({ amountCents, account }) => ({ amountCents, account })),
        memo: posting.memo,
        at: posting.at,
        idempotencyKey: posting.idempotencyKey,
      };
      assert.equal(chainHash(GENESIS_HASH, { seq: 1, posting: reshaped }), chainHash(GENESIS_HASH, { seq: 1, posting }));
    }),
  );
  // Pinned, so a change of format is caught even where writer and checker change together.
  // The expected value was computed apart from this code, from the text the rule describes:
  // {"format":"whistle-ledger-v1","posting":{"at":"1790000000000",…,"memo":"donation"},"prevHash":"000…","seq":"1"}
  assert.equal(chainHash(GENESIS_HASH, { seq: 1, posting: donation }), '310ced97e6af3d3c99eae3e210cbff393e3d696f4783844b5be3204f9c662f44');
});
