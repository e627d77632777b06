import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type GroupTally, MIN_GROUP, type PublishedResults, suppressSmallGroups } from './suppression';

/** Two options; `sizes` are respondents per group, split as evenly as it goes. */
const tallies = (...sizes: number[]): GroupTally[] =>
  sizes.map((n, i) => ({ key: `g${i}`, label: `Group ${i}`, counts: [Math.ceil(n / 2), Math.floor(n / 2)] }));
const shownSizes = (r: PublishedResults) => Object.fromEntries(r.groups.map((g) => [g.key, g.total]));

test('groups under 10 are pooled into "other groups"; groups of 10 or more are shown', () => {
  const r = suppressSmallGroups(tallies(25, 10, 4, 7), 2);
  assert.deepEqual(shownSizes(r), { g0: 25, g1: 10 });
  assert.deepEqual(r.otherGroups, { total: 11, counts: [6, 5] });
  assert.equal(r.overall?.total, 46);
});

test('a pool under 10 takes in the smallest shown group (complementary suppression)', () => {
  const r = suppressSmallGroups(tallies(30, 12, 3), 2);
  assert.deepEqual(shownSizes(r), { g0: 30 }, 'the 12 would otherwise reveal the 3 as 45 − 30 − 12');
  assert.equal(r.otherGroups?.total, 15);
});

test('the pool keeps taking groups until it reaches 10, smallest first, ties in key order', () => {
  const r = suppressSmallGroups([...tallies(1, 50), { key: 'a', label: 'A', counts: [2, 0] }, { key: 'b', label: 'B', counts: [1, 1] }], 2);
  assert.deepEqual(shownSizes(r), {}, 'pool 1+2+2 = 5, then 5 + 50: only the pool is left');
  assert.equal(r.otherGroups?.total, 55);
  const ties = suppressSmallGroups(tallies(9, 10, 10, 20), 2);
  assert.deepEqual(shownSizes(ties), { g2: 10, g3: 20 });
});

test('a single group is shown only with 10 or more, and then there is no pool', () => {
  assert.deepEqual(suppressSmallGroups(tallies(10), 2).groups.length, 1);
  assert.equal(suppressSmallGroups(tallies(10), 2).otherGroups, null);
  const tooFew = suppressSmallGroups(tallies(9), 2);
  assert.deepEqual(tooFew, { minimum: MIN_GROUP, overall: null, groups: [], otherGroups: null });
});

test('under 10 answers in all, nothing is published, not even the total', () => {
  assert.deepEqual(suppressSmallGroups(tallies(3, 2, 4), 2), { minimum: MIN_GROUP, overall: null, groups: [], otherGroups: null });
  assert.equal(suppressSmallGroups([], 3).overall, null);
});

test('several small groups that add up to 10 are shown only as their pool', () => {
  const r = suppressSmallGroups(tallies(4, 3, 3, 40), 2);
  assert.deepEqual(shownSizes(r), { g3: 40 });
  assert.equal(r.otherGroups?.total, 10);
});

const optionCount = fc.integer({ min: 2, max: 6 });
/** Mostly small groups, some large: the interesting cases are near the threshold. */
const groupCounts = (options: number) =>
  fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 12 })), { minLength: options, maxLength: options });
const survey = optionCount.chain((options) =>
  fc.record({
    options: fc.constant(options),
    groups: fc
      .array(groupCounts(options), { maxLength: 12 })
      .map((gs) => gs.map((counts, i) => ({ key: `k${i}`, label: `L${i}`, counts }))),
  }),
);
const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

test('property: no published figure and no difference between published figures is under 10', () => {
  fc.assert(
    fc.property(survey, ({ options, groups }) => {
      const r = suppressSmallGroups(groups, options);
      const everyone = groups.reduce((n, g) => n + total(g.counts), 0);
      if (!r.overall) {
        assert.ok(everyone < MIN_GROUP);
        assert.deepEqual([r.groups, r.otherGroups], [[], null]);
        return;
      }
      const rows = [...r.groups, ...(r.otherGroups ? [r.otherGroups] : [])];
      for (const row of [r.overall, ...rows]) {
        assert.ok(row.total >= MIN_GROUP, `a published total of ${row.total}`);
        assert.equal(total(row.counts), row.total);
      }
      // The published rows add up to everyone, option by option: the only thing left to derive is the pool.
      for (let o = 0; o < options; o++)
        assert.equal(
          rows.reduce((n, row) => n + row.counts[o], 0),
          r.overall.counts[o],
        );
      // Every difference between the total and any set of published rows is 0 or at least 10.
      for (let mask = 0; mask < 1 << rows.length; mask++) {
        const taken = rows.filter((_, i) => mask & (1 << i)).reduce((n, row) => n + row.total, 0);
        const rest = r.overall.total - taken;
        assert.ok(rest === 0 || rest >= MIN_GROUP, `a difference of ${rest}`);
      }
      // A shown group is exactly its tally; no small group is among them.
      for (const shown of r.groups) {
        const source = groups.find((g) => g.key === shown.key);
        assert.deepEqual(shown.counts, source?.counts);
      }
      for (const g of groups) if (total(g.counts) > 0 && total(g.counts) < MIN_GROUP) assert.ok(!r.groups.some((s) => s.key === g.key));
    }),
    { numRuns: 500 },
  );
});
