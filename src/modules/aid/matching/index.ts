export type { Assignment, PairCost, Solver } from './assignment';
export { assignGreedy, solveGreedy } from './greedy';
export { assignMinCost, solveMinCost } from './hungarian';
export {
  type Driver,
  detourMetres,
  haversineMetres,
  type MatchOptions,
  matchOn,
  matchRides,
  pairKey,
  pickupTime,
  type RideMatch,
  type RidePair,
  type Rider,
  rideCost,
  rideCostMatrix,
  STRAIGHT_LINE_METRES_PER_MINUTE,
  type TimeWindow,
  travelMs,
} from './rides';
