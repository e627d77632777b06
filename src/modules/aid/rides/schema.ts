import type { DriverState, RiderLanguage, TimeKind } from './limits';

/**
 * Recurring rides. Places are coarse (a zone and an H3 cell); the only exact places are a rider's
 * pickup and destination addresses, shown to nobody but the driver of a published ride (audited).
 * Times of day are minutes after midnight in the network's time zone; weekdays a bitmask (Monday = 1).
 */
export interface RideDriverTable {
  id: string;
  memberId: string;
  /** The member while this availability is not ended: unique, so a member has one at a time. */
  liveMemberId: string | null;
  /** What riders see of the driver. */
  firstName: string;
  seats: number;
  weekdays: number;
  departFrom: number;
  departTo: number;
  startZoneId: string | null;
  startCell: string;
  endZoneId: string | null;
  endCell: string;
  vehicleNote: string;
  state: DriverState;
  createdAt: number;
  updatedAt: number;
  endedAt: number | null;
  demo: number;
}

export interface RideRiderTable {
  id: string;
  firstName: string;
  language: RiderLanguage;
  pickupAddress: string;
  pickupZoneId: string | null;
  pickupCell: string;
  destinationAddress: string;
  destinationZoneId: string | null;
  destinationCell: string;
  weekdays: number;
  timeKind: TimeKind;
  timeMinute: number;
  caseId: string | null;
  /** Set when members asked for rides for themselves. */
  memberId: string | null;
  createdBy: string | null;
  /** SHA-256 of the rider's secret link; null once the rider ended. */
  tokenHash: string | null;
  state: 'active' | 'ended';
  createdAt: number;
  updatedAt: number;
  endedAt: number | null;
  demo: number;
}

/** A week of rides, named by its Monday: the draft (last run) and what was published. */
export interface RideWeekTable {
  weekStart: string;
  /** The next Monday's midnight in the network's time zone. */
  endsAt: number;
  draftRunId: string | null;
  publishedRunId: string | null;
  /** Counts publications: drivers were told about each. */
  version: number;
  publishedAt: number | null;
  publishedBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/** One run of the matching for a week; its rows are the draft, and once published what people see. */
export interface RideRunTable {
  id: string;
  weekStart: string;
  createdAt: number;
  createdBy: string | null;
  /** JSON text: DayFigures[] (optimal vs greedy per weekday). */
  figures: string;
}

/** A rider's day in a run: with a driver, or (driverId null) unmatched. */
export interface RideAssignmentTable {
  id: string;
  runId: string;
  weekday: number;
  riderId: string;
  driverId: string | null;
  detourMetres: number | null;
  pickupMinute: number | null;
  /** The driver or the rider left after the run: the seat is gone, the rider unmatched. */
  cancelledAt: number | null;
  cancelReason: 'driver_left' | 'rider_left' | null;
}

/** A pair an organiser ruled out for a week. */
export interface RideExclusionTable {
  weekStart: string;
  riderId: string;
  driverId: string;
  createdAt: number;
  createdBy: string | null;
}

export interface RidesTables {
  rideDriver: RideDriverTable;
  rideRider: RideRiderTable;
  rideWeek: RideWeekTable;
  rideRun: RideRunTable;
  rideAssignment: RideAssignmentTable;
  rideExclusion: RideExclusionTable;
}
