import { cellCentre } from '../../zones';
import { type Driver, matchOn, type Rider, rideCostMatrix, solveGreedy, solveMinCost, travelMs } from '../matching';
import type { TimeKind } from './limits';

/**
 * One weekday's matching, as the service runs it (and the benchmark times it): stored coarse places
 * become cell centres, times of day become windows, one cost matrix is built, and the Hungarian
 * assignment is solved on it, with the greedy baseline on the same matrix for comparison. Pure:
 * the same riders, drivers and exclusions always give the same plan.
 */

export interface PlanRider {
  id: string;
  pickupZoneId: string | null;
  pickupCell: string;
  destinationCell: string;
  timeKind: TimeKind;
  /** Minutes after midnight. */
  timeMinute: number;
}

export interface PlanDriver {
  id: string;
  startZoneId: string | null;
  startCell: string;
  endCell: string;
  seats: number;
  departFrom: number;
  departTo: number;
}

export interface PlanOptions {
  maxDetourMetres: number;
  /** Each zone's neighbours: a driver picks up in their start zone and the zones around it. */
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** Pairs ruled out, as pairKey(riderId, driverId). */
  excluded?: ReadonlySet<string>;
}

export interface DayFigures {
  riders: number;
  drivers: number;
  seats: number;
  matched: number;
  totalDetourMetres: number;
  greedyMatched: number;
  greedyTotalDetourMetres: number;
}

/** A day's figures as a run keeps them. */
export type DayFiguresOf = DayFigures & { weekday: number };

export interface DayPlan {
  pairs: { riderId: string; driverId: string; detourMetres: number; pickupMinute: number }[];
  unmatchedRiderIds: string[];
  figures: DayFigures;
}

const MINUTE = 60_000;
/** A rider picked up at a time is ready from 10 minutes before to 10 after it. */
const PICKUP_SLACK = 10 * MINUTE;
/** A rider due somewhere arrives within the half hour before, ideally 10 minutes early. */
const ARRIVAL_WINDOW = 30 * MINUTE;
const ARRIVE_EARLY = 10 * MINUTE;
const FIVE_MINUTES = 5 * MINUTE;

export function riderOf(r: PlanRider): Rider {
  const pickup = cellCentre(r.pickupCell);
  const dropoff = cellCentre(r.destinationCell);
  const at = r.timeMinute * MINUTE;
  const base = { id: r.id, pickup, dropoff, zone: r.pickupZoneId };
  if (r.timeKind === 'pickup_at') return { ...base, window: { from: at - PICKUP_SLACK, to: at + PICKUP_SLACK }, preferred: at };
  // Working back from the arrival by the ride's own leg; a round pickup time where it fits.
  const leg = travelMs(pickup, dropoff);
  const preferred = Math.floor((at - ARRIVE_EARLY - leg) / FIVE_MINUTES) * FIVE_MINUTES;
  return { ...base, window: { from: at - ARRIVAL_WINDOW - leg, to: at - leg }, preferred };
}

export function driverOf(d: PlanDriver, neighbours: PlanOptions['neighbours']): Driver {
  const zones = d.startZoneId ? [d.startZoneId, ...(neighbours.get(d.startZoneId) ?? [])] : [];
  return {
    id: d.id,
    start: cellCentre(d.startCell),
    end: cellCentre(d.endCell),
    seats: d.seats,
    zones,
    window: { from: d.departFrom * MINUTE, to: d.departTo * MINUTE },
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const minuteOfDay = (ms: number) => ((Math.round(ms / MINUTE) % 1440) + 1440) % 1440;

/** The day's riders and drivers as the solvers see them (sorted by id), with every pair's cost computed once. */
export function dayCosts(riders: readonly PlanRider[], drivers: readonly PlanDriver[], opts: PlanOptions) {
  // Sorted by id, so the plan never depends on the order rows came from the database.
  const rs = [...riders].sort(byId).map(riderOf);
  const ds = [...drivers].sort(byId).map((d) => driverOf(d, opts.neighbours));
  return { riders: rs, drivers: ds, matrix: rideCostMatrix(rs, ds, { maxDetourMetres: opts.maxDetourMetres, excluded: opts.excluded }) };
}

export function planDay(riders: readonly PlanRider[], drivers: readonly PlanDriver[], opts: PlanOptions): DayPlan {
  const { riders: rs, drivers: ds, matrix } = dayCosts(riders, drivers, opts);
  const optimal = matchOn(matrix, rs, ds, solveMinCost);
  const greedy = matchOn(matrix, rs, ds, solveGreedy);
  return {
    pairs: optimal.pairs.map((p) => ({
      riderId: p.riderId,
      driverId: p.driverId,
      detourMetres: p.detourMetres,
      pickupMinute: minuteOfDay(p.pickupAt),
    })),
    unmatchedRiderIds: optimal.unmatchedRiderIds,
    figures: {
      riders: rs.length,
      drivers: ds.length,
      seats: ds.reduce((sum, d) => sum + d.seats, 0),
      matched: optimal.pairs.length,
      totalDetourMetres: optimal.totalDetourMetres,
      greedyMatched: greedy.pairs.length,
      greedyTotalDetourMetres: greedy.totalDetourMetres,
    },
  };
}
