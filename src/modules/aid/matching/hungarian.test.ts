import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Assignment, PairCost } from './assignment';
import { assignGreedy } from './greedy';
import { assignMinCost } from './hungarian';

type Cell = number | null;
interface Instance {
  costs: Cell[][];
  seats: number[];
}

const costOf =
  ({ costs }: Instance): PairCost =>
  (r, d) =>
    costs[r][d];

/** Small instances: up to 7 riders × 7 drivers, 0–3 seats each, a third of the pairs infeasible, small costs so ties are common. */
const instance = fc.record({ riders: fc.nat(7), seats: fc.array(fc.nat(3), { maxLength: 7 }) }).chain(({ riders, seats }) =>
  fc.record({
    seats: fc.constant(seats),
    costs: fc.array(fc.array(fc.option(fc.nat(20), { freq: 2 }), { minLength: seats.length, maxLength: seats.length }), {
      minLength: riders,
      maxLength: riders,
    }),
  }),
);

/** The best (most riders matched, then least total) over every way to seat the riders. */
function bruteForce({ costs, seats }: Instance): { matched: number; total: number } {
  const left = [...seats];
  let best = { matched: -1, total: 0 };
  const visit = (r: number, matched: number, total: number) => {
    if (r === costs.length) {
      if (matched > best.matched || (matched === best.matched && total < best.total)) best = { matched, total };
      return;
    }
    visit(r + 1, matched, total);
    for (const [d, c] of costs[r].entries()) {
      if (c === null || left[d] === 0) continue;
      left[d]--;
      visit(r + 1, matched + 1, total + c);
      left[d]++;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** A well-formed assignment: feasible pairs only, seats respected, total and unmatched consistent. */
function assertValid(result: Assignment, { costs, seats }: Instance) {
  const used = seats.map(() => 0);
  const seen = new Set<number>();
  let total = 0;
  for (const [r, d] of result.pairs) {
    const c = costs[r][d];
    assert.notEqual(c, null, `infeasible pair ${r}–${d} assigned`);
    assert.ok(!seen.has(r), `rider ${r} assigned twice`);
    seen.add(r);
    used[d]++;
    total += c as number;
  }
  for (const [d, n] of used.entries()) assert.ok(n <= seats[d], `driver ${d} over capacity`);
  assert.equal(result.total, total);
  assert.deepEqual(
    result.unmatched,
    costs.map((_, r) => r).filter((r) => !seen.has(r)),
  );
}

test('the Hungarian assignment matches as many riders as brute force, at the same minimum total', () => {
  fc.assert(
    fc.property(instance, (inst) => {
      const result = assignMinCost(costOf(inst), inst.costs.length, inst.seats);
      assertValid(result, inst);
      assert.deepEqual({ matched: result.pairs.length, total: result.total }, bruteForce(inst));
    }),
    { numRuns: 400 },
  );
});

test('greedy is valid but never better than the Hungarian assignment', () => {
  fc.assert(
    fc.property(instance, (inst) => {
      const greedy = assignGreedy(costOf(inst), inst.costs.length, inst.seats);
      const optimal = assignMinCost(costOf(inst), inst.costs.length, inst.seats);
      assertValid(greedy, inst);
      assert.ok(greedy.pairs.length <= optimal.pairs.length);
      if (greedy.pairs.length === optimal.pairs.length) assert.ok(greedy.total >= optimal.total);
    }),
    { numRuns: 400 },
  );
});

test('greedy is beaten on the textbook case, and strands a rider the optimum seats', () => {
  // Rider 0 takes driver 0 greedily (cost 1), leaving rider 1 its dear alternative; the optimum crosses over.
  const dearer: PairCost = (r, d) =>
    [
      [1, 2],
      [2, 100],
    ][r][d];
  assert.equal(assignGreedy(dearer, 2, [1, 1]).total, 101);
  assert.deepEqual(assignMinCost(dearer, 2, [1, 1]), {
    pairs: [
      [0, 1],
      [1, 0],
    ],
    total: 4,
    unmatched: [],
  });
  // Rider 1 can only ride with driver 0, whom greedy gives to rider 0.
  const stranded: PairCost = (r, d) =>
    [
      [1, 5],
      [2, null],
    ][r][d];
  assert.deepEqual(assignGreedy(stranded, 2, [1, 1]).unmatched, [1]);
  assert.deepEqual(assignMinCost(stranded, 2, [1, 1]), {
    pairs: [
      [0, 1],
      [1, 0],
    ],
    total: 7,
    unmatched: [],
  });
});

for (const [name, assign] of [
  ['Hungarian', assignMinCost],
  ['greedy', assignGreedy],
] as const) {
  test(`${name}: degenerate inputs`, () => {
    assert.deepEqual(
      assign(() => 1, 0, [2, 3]),
      { pairs: [], total: 0, unmatched: [] },
    );
    assert.deepEqual(
      assign(() => 1, 3, []),
      { pairs: [], total: 0, unmatched: [0, 1, 2] },
    );
    assert.deepEqual(
      assign(() => 1, 2, [0, 0]),
      { pairs: [], total: 0, unmatched: [0, 1] },
    );
    assert.deepEqual(
      assign(() => null, 2, [2]),
      { pairs: [], total: 0, unmatched: [0, 1] },
    );
    assert.deepEqual(
      assign(() => Number.POSITIVE_INFINITY, 1, [1]),
      { pairs: [], total: 0, unmatched: [0] },
    );
    // Ties everywhere: any two riders fill the two seats.
    const tied = assign(() => 7, 3, [1, 1]);
    assert.equal(tied.total, 14);
    assert.equal(tied.unmatched.length, 1);
    // One driver's seats shared by several riders; zero cost is a real cost, not "infeasible".
    assert.deepEqual(
      assign(() => 0, 3, [3]),
      {
        pairs: [
          [0, 0],
          [1, 0],
          [2, 0],
        ],
        total: 0,
        unmatched: [],
      },
    );
  });

  test(`${name}: rejects costs and seats it cannot sum exactly`, () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.NEGATIVE_INFINITY]) assert.throws(() => assign(() => bad, 1, [1]), RangeError);
    assert.throws(() => assign(() => 1, 1, [1.5]), RangeError);
    assert.throws(() => assign(() => 1, -1, [1]), RangeError);
  });
}
