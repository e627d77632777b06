/**
 * What the assignment solvers share: riders are rows 0…n−1, drivers are columns with a number of seats,
 * and each rider–driver pair has a cost (metres of detour, say) or none when the pair is infeasible.
 * Costs must be non-negative safe integers so that sums stay exact in floating point.
 */

/** The cost of giving `rider` a seat with `driver`; `null` or `Infinity` when that must never happen. */
export type PairCost = (rider: number, driver: number) => number | null;

export interface Assignment {
  /** Each matched rider with its driver, in rider order. */
  pairs: [rider: number, driver: number][];
  /** The sum of the matched pairs' costs. */
  total: number;
  /** Riders left without a seat, ascending. */
  unmatched: number[];
}

/**
 * Every pair's cost, row-major (rider × driver), infeasible pairs as `Infinity`. Evaluating once up front
 * keeps the caller's function out of the solvers' inner loops and validates every input in one place.
 */
export function costMatrix(cost: PairCost, riders: number, seats: readonly number[]): Float64Array {
  if (!Number.isSafeInteger(riders) || riders < 0) throw new RangeError(`riders must be a non-negative integer, not ${riders}`);
  for (const [driver, k] of seats.entries()) {
    if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`driver ${driver} has ${k} seats; seats must be non-negative integers`);
  }
  const drivers = seats.length;
  const matrix = new Float64Array(riders * drivers);
  for (let r = 0; r < riders; r++) {
    for (let d = 0; d < drivers; d++) {
      const c = cost(r, d);
      if (c === null || c === Number.POSITIVE_INFINITY) matrix[r * drivers + d] = Number.POSITIVE_INFINITY;
      else if (Number.isSafeInteger(c) && c >= 0) matrix[r * drivers + d] = c;
      else throw new RangeError(`cost(${r}, ${d}) is ${c}; costs must be non-negative integers, null or Infinity`);
    }
  }
  return matrix;
}

/** The assignment described by `choice` (each rider's driver, −1 for none) over `matrix`. */
export function assignmentOf(matrix: Float64Array, drivers: number, choice: Int32Array): Assignment {
  const pairs: [number, number][] = [];
  const unmatched: number[] = [];
  let total = 0;
  for (let r = 0; r < choice.length; r++) {
    const d = choice[r];
    if (d < 0) unmatched.push(r);
    else {
      pairs.push([r, d]);
      total += matrix[r * drivers + d];
    }
  }
  return { pairs, total, unmatched };
}

/** A solver on a cost matrix from `costMatrix`: the Hungarian `solveMinCost`, or the greedy baseline. */
export type Solver = (matrix: Float64Array, riders: number, seats: readonly number[]) => Assignment;
