export type { Assignment, PairCost } from './assignment';
export { assignGreedy } from './greedy';
export { assignMinCost } from './hungarian';
export {
  type Assign,
  type Driver,
  detourMetres,
  haversineMetres,
  matchRides,
  type RideMatch,
  type Rider,
  rideCost,
  type TimeWindow,
} from './rides';
