import { type Assignment, assignmentOf, costMatrix, type PairCost } from './assignment';

/**
 * Minimum-cost assignment of riders to drivers' seats: the Hungarian algorithm (Kuhn–Munkres with
 * potentials, shortest augmenting paths as in Jonker–Volgenant), O(rows² · columns).
 *
 * A driver with k seats becomes k identical columns. Infeasible pairs cost a `big` that exceeds any sum of
 * feasible costs, so the minimum first matches as many riders as possible and only then minimises the
 * total; whoever ends on a `big` pair is unmatched. (Simply skipping riders with no augmenting path would
 * keep the matching maximal in size but could strand a rider whose only driver went to someone who had
 * dearer alternatives.) The smaller side becomes the rows, as the algorithm needs rows ≤ columns.
 */
export const assignMinCost = (cost: PairCost, riders: number, seats: readonly number[]): Assignment =>
  solveMinCost(costMatrix(cost, riders, seats), riders, seats);

/** The same on a cost matrix already built by `costMatrix` (so that several solvers can share one). */
export function solveMinCost(matrix: Float64Array, riders: number, seats: readonly number[]): Assignment {
  const drivers = seats.length;
  const choice = new Int32Array(riders).fill(-1);
  const seatDriver = seatColumns(seats);
  const places = seatDriver.length;
  if (riders > 0 && places > 0) {
    const transposed = riders > places;
    const rows = transposed ? places : riders;
    const cols = transposed ? riders : places;
    let maxCost = 0;
    for (const c of matrix) if (c !== Number.POSITIVE_INFINITY && c > maxCost) maxCost = c;
    const big = maxCost * rows + 1;
    // Potentials and path lengths stay within a few multiples of big · rows; keep them exact integers.
    if (!Number.isSafeInteger(4 * big * (rows + 1))) throw new RangeError('costs too large to sum exactly');
    const a = new Float64Array(rows * cols);
    for (let r = 0; r < riders; r++) {
      for (let s = 0; s < places; s++) {
        const c = matrix[r * drivers + seatDriver[s]];
        a[transposed ? s * cols + r : r * cols + s] = c === Number.POSITIVE_INFINITY ? big : c;
      }
    }
    const rowOfColumn = solve(a, rows, cols);
    for (let col = 0; col < cols; col++) {
      const row = rowOfColumn[col];
      if (row < 0 || a[row * cols + col] === big) continue;
      if (transposed) choice[col] = seatDriver[row];
      else choice[row] = seatDriver[col];
    }
  }
  return assignmentOf(matrix, drivers, choice);
}

/** Each seat's driver: driver d with k seats fills k consecutive columns. */
function seatColumns(seats: readonly number[]): Int32Array {
  const out = new Int32Array(seats.reduce((sum, k) => sum + k, 0));
  let s = 0;
  for (const [d, k] of seats.entries()) {
    out.fill(d, s, s + k);
    s += k;
  }
  return out;
}

/**
 * Square-or-wide Hungarian (rows ≤ cols) on a dense row-major matrix; returns each column's row or −1.
 * Internally 1-based, index 0 being the virtual column that holds the row being inserted.
 */
function solve(a: Float64Array, rows: number, cols: number): Int32Array {
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOf = new Int32Array(cols + 1); // 0 = free
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    rowOf[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    // Dijkstra over reduced costs until a free column is reached.
    do {
      used[j0] = 1;
      const i0 = rowOf[j0];
      const base = (i0 - 1) * cols - 1;
      const ui = u[i0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = a[base + j] - ui - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        // Among equally near columns prefer a free one: the path ends there instead of wandering through
        // every tied seat (a driver's seats are always tied; without this, all-equal costs go cubic).
        if (minv[j] < delta || (minv[j] === delta && rowOf[j] === 0 && rowOf[j1] !== 0)) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOf[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    // Flip the augmenting path back to the virtual column.
    do {
      const j1 = way[j0];
      rowOf[j0] = rowOf[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Int32Array(cols);
  for (let j = 1; j <= cols; j++) out[j - 1] = rowOf[j] - 1;
  return out;
}
