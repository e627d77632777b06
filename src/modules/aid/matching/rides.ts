import type { LatLng } from '../../zones';
import { costMatrix, type PairCost, type Solver } from './assignment';
import { solveMinCost } from './hungarian';

/**
 * The cost model for recurring rides: the detour a driver makes to carry a rider, in whole metres of
 * great-circle distance. Places are points or coarse cell centres (`cellCentre` from zones); only ids,
 * zones, places and times are involved — never names or contacts.
 *
 * Each rider's detour is priced on its own (start → pickup → dropoff → destination), so a driver with
 * several seats is charged the sum of separate detours: an approximation of a shared route that keeps
 * the problem an assignment, which the Hungarian algorithm solves exactly.
 */

/** Milliseconds on any common scale (the rides service uses ms after midnight of the day). */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface Rider {
  id: string;
  pickup: LatLng;
  dropoff: LatLng;
  /** The zone of the pickup; a driver only picks up in zones they serve. */
  zone: string | null;
  /** When the rider can be picked up. */
  window: TimeWindow;
  /** The pickup time they would like, inside `window`; the pair's pickup time is the nearest both can make. */
  preferred: number;
}

export interface Driver {
  id: string;
  start: LatLng;
  end: LatLng;
  seats: number;
  zones: readonly string[];
  /** When the driver can leave `start`. */
  window: TimeWindow;
}

export interface RidePair {
  riderId: string;
  driverId: string;
  detourMetres: number;
  pickupAt: number;
}

export interface RideMatch {
  pairs: RidePair[];
  totalDetourMetres: number;
  unmatchedRiderIds: string[];
}

export interface MatchOptions {
  maxDetourMetres: number;
  /** Pairs an organiser ruled out, as `pairKey(riderId, driverId)`. */
  excluded?: ReadonlySet<string>;
}

export const pairKey = (riderId: string, driverId: string) => `${riderId} ${driverId}`;

const EARTH_RADIUS_METRES = 6_371_008.8;
const RAD = Math.PI / 180;
/**
 * Average progress as the crow flies in city traffic (≈ 24 km/h): turns, lights and stops included.
 * Only used to see whether a driver can reach a pickup in time, never shown as a promise.
 */
export const STRAIGHT_LINE_METRES_PER_MINUTE = 400;

/** Great-circle distance in metres (haversine). */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How long the drive from `a` to `b` takes, in whole milliseconds, at the straight-line pace. */
export const travelMs = (a: LatLng, b: LatLng) => Math.round((haversineMetres(a, b) / STRAIGHT_LINE_METRES_PER_MINUTE) * 60_000);

/** Extra metres for `driver` to go start → pickup → dropoff → end instead of start → end. */
export function detourMetres(driver: Driver, rider: Rider): number {
  const via =
    haversineMetres(driver.start, rider.pickup) + haversineMetres(rider.pickup, rider.dropoff) + haversineMetres(rider.dropoff, driver.end);
  // The triangle inequality makes this ≥ 0 up to rounding.
  return Math.max(0, Math.round(via - haversineMetres(driver.start, driver.end)));
}

/**
 * When `driver` picks `rider` up: the rider's preferred time moved into the times both can make (the
 * rider's window, and the driver's departure window plus the drive to the pickup), or null if none.
 */
export function pickupTime(driver: Driver, rider: Rider): number | null {
  const approach = travelMs(driver.start, rider.pickup);
  const from = Math.max(rider.window.from, driver.window.from + approach);
  const to = Math.min(rider.window.to, driver.window.to + approach);
  return from <= to ? Math.min(to, Math.max(from, rider.preferred)) : null;
}

/** The pair cost for a solver: the detour, or null when zones, times, an exclusion or the detour limit rule the pair out. */
export function rideCost(riders: readonly Rider[], drivers: readonly Driver[], opts: MatchOptions): PairCost {
  const serves = drivers.map((d) => new Set(d.zones));
  return (r, d) => {
    const rider = riders[r];
    const driver = drivers[d];
    if (rider.zone === null || !serves[d].has(rider.zone) || opts.excluded?.has(pairKey(rider.id, driver.id))) return null;
    if (pickupTime(driver, rider) === null) return null;
    const detour = detourMetres(driver, rider);
    return detour <= opts.maxDetourMetres ? detour : null;
  };
}

/** Every pair's cost, once, for one or more solvers (`matchOn`). */
export const rideCostMatrix = (riders: readonly Rider[], drivers: readonly Driver[], opts: MatchOptions) =>
  costMatrix(
    rideCost(riders, drivers, opts),
    riders.length,
    drivers.map((d) => d.seats),
  );

/** The solver's assignment on `matrix` (from `rideCostMatrix` of the same riders and drivers), by id. */
export function matchOn(matrix: Float64Array, riders: readonly Rider[], drivers: readonly Driver[], solver: Solver): RideMatch {
  const { pairs, total, unmatched } = solver(
    matrix,
    riders.length,
    drivers.map((d) => d.seats),
  );
  return {
    pairs: pairs.map(([r, d]) => ({
      riderId: riders[r].id,
      driverId: drivers[d].id,
      detourMetres: matrix[r * drivers.length + d],
      pickupAt: pickupTime(drivers[d], riders[r]) as number,
    })),
    totalDetourMetres: total,
    unmatchedRiderIds: unmatched.map((r) => riders[r].id),
  };
}

/** Matches riders to drivers' seats, by minimum total detour unless another solver is given (the greedy baseline). */
export const matchRides = (riders: readonly Rider[], drivers: readonly Driver[], opts: MatchOptions, solver: Solver = solveMinCost) =>
  matchOn(rideCostMatrix(riders, drivers, opts), riders, drivers, solver);
