import type { LatLng } from '../../zones';
import type { Assignment, PairCost } from './assignment';
import { assignMinCost } from './hungarian';

/**
 * The cost model for recurring rides: the detour a driver makes to carry a rider, in whole metres of
 * great-circle distance. Places are points or coarse cell centres (`cellCentre` from zones); only ids,
 * zones, places and times are involved — never names or contacts.
 *
 * Each rider's detour is priced on its own (start → pickup → dropoff → destination), so a driver with
 * several seats is charged the sum of separate detours: an approximation of a shared route that keeps
 * the problem an assignment, which the Hungarian algorithm solves exactly.
 */

/** Epoch ms; a pair is feasible only if the rider's and the driver's windows overlap. */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface Rider {
  id: string;
  pickup: LatLng;
  dropoff: LatLng;
  /** The zone of the pickup; a driver only picks up in zones they serve. */
  zone: string;
  window: TimeWindow;
}

export interface Driver {
  id: string;
  start: LatLng;
  end: LatLng;
  seats: number;
  zones: readonly string[];
  window: TimeWindow;
}

export interface RideMatch {
  pairs: { riderId: string; driverId: string; detourMetres: number }[];
  totalDetourMetres: number;
  unmatchedRiderIds: string[];
}

export type Assign = (cost: PairCost, riders: number, seats: readonly number[]) => Assignment;

const EARTH_RADIUS_METRES = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Extra metres for `driver` to go start → pickup → dropoff → end instead of start → end. */
export function detourMetres(driver: Driver, rider: Rider): number {
  const via =
    haversineMetres(driver.start, rider.pickup) + haversineMetres(rider.pickup, rider.dropoff) + haversineMetres(rider.dropoff, driver.end);
  // The triangle inequality makes this ≥ 0 up to rounding.
  return Math.max(0, Math.round(via - haversineMetres(driver.start, driver.end)));
}

const overlaps = (a: TimeWindow, b: TimeWindow) => Math.max(a.from, b.from) <= Math.min(a.to, b.to);

/** The pair cost for a solver: the detour, or null when windows, zones or the detour limit rule the pair out. */
export function rideCost(riders: readonly Rider[], drivers: readonly Driver[], maxDetourMetres: number): PairCost {
  const serves = drivers.map((d) => new Set(d.zones));
  return (r, d) => {
    const rider = riders[r];
    const driver = drivers[d];
    if (!serves[d].has(rider.zone) || !overlaps(rider.window, driver.window)) return null;
    const detour = detourMetres(driver, rider);
    return detour <= maxDetourMetres ? detour : null;
  };
}

/** Matches riders to drivers' seats, by minimum total detour unless another solver is given (the benchmark's greedy). */
export function matchRides(
  riders: readonly Rider[],
  drivers: readonly Driver[],
  maxDetourMetres: number,
  assign: Assign = assignMinCost,
): RideMatch {
  const { pairs, total, unmatched } = assign(
    rideCost(riders, drivers, maxDetourMetres),
    riders.length,
    drivers.map((d) => d.seats),
  );
  return {
    pairs: pairs.map(([r, d]) => ({ riderId: riders[r].id, driverId: drivers[d].id, detourMetres: detourMetres(drivers[d], riders[r]) })),
    totalDetourMetres: total,
    unmatchedRiderIds: unmatched.map((r) => riders[r].id),
  };
}
