import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_ATTEMPTS, retryDelayMs, shouldRetry } from './backoff';

const HOUR = 3_600_000;
const justBelowOne = 1 - Number.EPSILON;
const upperBound = (attempt: number, opts: { baseMs?: number; maxMs?: number } = {}) =>
  retryDelayMs(attempt, { ...opts, random: () => justBelowOne });

test('the upper bound doubles from 30 s until it reaches the 6 h cap, then stays there', () => {
  const bounds = Array.from({ length: 14 }, (_, i) => upperBound(i + 1));
  assert.deepEqual(
    bounds.map((ms) => Math.round(ms / 1000)),
    [30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600, 21600, 21600, 21600],
  );
  assert.equal(upperBound(1_000), 6 * HOUR - 1);
  assert.equal(upperBound(Number.MAX_SAFE_INTEGER), 6 * HOUR - 1);
});

test('full jitter: random 0 gives no wait, random 0.5 gives half the bound', () => {
  assert.equal(retryDelayMs(3, { random: () => 0 }), 0);
  assert.equal(retryDelayMs(3, { random: () => 0.5 }), 60_000);
  assert.equal(retryDelayMs(2, { baseMs: 1000, maxMs: 1500, random: () => 0.5 }), 750);
});

test('property: every delay is a whole number of ms within [0, min(base * 2^(attempt-1), max)]', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 100 }),
      fc.integer({ min: 1, max: 10 * 60_000 }),
      fc.integer({ min: 1, max: 24 * HOUR }),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      (attempt, baseMs, maxMs, r) => {
        const delay = retryDelayMs(attempt, { baseMs, maxMs, random: () => r });
        assert.ok(Number.isInteger(delay));
        assert.ok(delay >= 0 && delay <= Math.min(maxMs, baseMs * 2 ** (attempt - 1)), `${delay}`);
      },
    ),
  );
});

test('property: until the cap, the upper bound of attempt n+1 is twice that of attempt n', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60_000 }), (attempt, baseMs) => {
      const maxMs = 24 * HOUR;
      const bound = (n: number) => retryDelayMs(n, { baseMs, maxMs, random: () => 1 });
      const expected = Math.min(maxMs, bound(attempt) * 2);
      assert.equal(bound(attempt + 1), expected);
    }),
  );
});

test('the default random source stays in range', () => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const delay = retryDelayMs(attempt);
    assert.ok(delay >= 0 && delay <= Math.min(6 * HOUR, 30_000 * 2 ** (attempt - 1)));
  }
});

test('a misbehaving random source is clamped instead of producing negative or oversize waits', () => {
  assert.equal(retryDelayMs(1, { random: () => -3 }), 0);
  assert.equal(retryDelayMs(1, { random: () => 7 }), 30_000);
});

test('attempts must be whole numbers from 1, and base/max must be positive', () => {
  for (const attempt of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(() => retryDelayMs(attempt), RangeError, String(attempt));
  }
  assert.throws(() => retryDelayMs(1, { baseMs: 0 }), RangeError);
  assert.throws(() => retryDelayMs(1, { maxMs: -1 }), RangeError);
});

test('the retry window outlasts a receiver that is down overnight but is finite', () => {
  let worstCaseMs = 0;
  for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) worstCaseMs += upperBound(attempt);
  assert.ok(worstCaseMs > 12 * HOUR && worstCaseMs < 24 * HOUR, `${worstCaseMs / HOUR} h`);
});

test('shouldRetry: network errors, 408, 429 and 5xx retry; delivered and other statuses do not', () => {
  const table: [number | null, boolean][] = [
    [null, true],
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [599, true],
    [200, false],
    [201, false],
    [204, false],
    [299, false],
    [100, false],
    [301, false],
    [302, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [410, false],
    [413, false],
    [422, false],
    [600, false],
    [Number.NaN, false],
  ];
  for (const [status, retry] of table) assert.equal(shouldRetry(status), retry, String(status));
});
