import { type Assignment, assignmentOf, costMatrix, type PairCost } from './assignment';

/**
 * The greedy baseline: repeatedly take the cheapest feasible pair whose rider is still waiting and whose
 * driver still has a seat (ties: lower rider, then lower driver). Kept only to show, in tests and the
 * benchmark, how much the optimal assignment saves — it can strand riders and pay larger detours.
 */
export const assignGreedy = (cost: PairCost, riders: number, seats: readonly number[]): Assignment =>
  solveGreedy(costMatrix(cost, riders, seats), riders, seats);

/** The same on a cost matrix already built by `costMatrix`. */
export function solveGreedy(matrix: Float64Array, riders: number, seats: readonly number[]): Assignment {
  const drivers = seats.length;
  let feasible = 0;
  for (const c of matrix) if (c !== Number.POSITIVE_INFINITY) feasible++;
  const order = new Uint32Array(feasible);
  let k = 0;
  for (let i = 0; i < matrix.length; i++) if (matrix[i] !== Number.POSITIVE_INFINITY) order[k++] = i;
  // Row-major indices, so breaking ties by index is "lower rider, then lower driver".
  order.sort((x, y) => matrix[x] - matrix[y] || x - y);

  const left = Int32Array.from(seats);
  const choice = new Int32Array(riders).fill(-1);
  for (const i of order) {
    const r = Math.floor(i / drivers);
    const d = i - r * drivers;
    if (choice[r] === -1 && left[d] > 0) {
      choice[r] = d;
      left[d]--;
    }
  }
  return assignmentOf(matrix, drivers, choice);
}
