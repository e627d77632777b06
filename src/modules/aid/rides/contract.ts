import { z } from '@hono/zod-openapi';
import {
  ADDRESS_MAX,
  DATE,
  DRIVER_STATES,
  FIRST_NAME_MAX,
  MAX_SEATS,
  RIDER_LANGUAGES,
  TIME_KINDS,
  TIME_OF_DAY,
  VEHICLE_NOTE_MAX,
} from './limits';

const Id = z.string().min(1).max(64);
const Time = z.string().regex(TIME_OF_DAY, 'A time of day, HH:MM').openapi({ description: "HH:MM in the network's time zone" });
const Weekday = z.number().int().min(1).max(7);
const Weekdays = z.array(Weekday).min(1).max(7).openapi({ description: 'ISO weekdays: 1 = Monday … 7 = Sunday' });
const FirstName = z.string().trim().min(1).max(FIRST_NAME_MAX);
const Point = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .openapi('RidePoint', { description: 'Reduced at once to its zone and ~500 m cell; the point itself is not kept' });
const Zone = z.object({ id: z.string(), name: z.string() }).nullable();
const Place = z.object({ zone: Zone, cell: z.string() }).openapi('RidePlace', { description: 'A zone and an H3 cell (~500 m)' });
const WeekStart = z.string().regex(DATE).openapi({ description: 'The Monday naming the week, YYYY-MM-DD' });

export const IdParam = z.object({ id: Id });
export const WeekParam = z.object({ week: WeekStart });

// Drivers

export const NewDriver = z
  .object({
    firstName: FirstName.openapi({ description: 'What riders see of the driver' }),
    seats: z.number().int().min(1).max(MAX_SEATS),
    weekdays: Weekdays,
    departFrom: Time,
    departTo: Time,
    start: Point,
    end: Point,
    vehicleNote: z.string().trim().max(VEHICLE_NOTE_MAX).default('').openapi({ description: 'e.g. "blue minivan" — shown to riders' }),
  })
  .openapi('NewRideDriver');
export type NewDriver = z.infer<typeof NewDriver>;

export const DriverStateChange = z.object({ state: z.enum(DRIVER_STATES) }).openapi('RideDriverState');

export const Availability = z
  .object({
    id: z.string(),
    firstName: z.string(),
    seats: z.number().int(),
    weekdays: z.array(Weekday),
    departFrom: z.string(),
    departTo: z.string(),
    start: Place,
    end: Place,
    vehicleNote: z.string(),
    state: z.enum(DRIVER_STATES),
  })
  .openapi('RideAvailability');
export type Availability = z.infer<typeof Availability>;

const DriverRide = z.object({
  assignmentId: z.string(),
  firstName: z.string(),
  pickupTime: z.string(),
  pickupZone: Zone,
  destinationZone: Zone,
});
export const DriverWeek = z.object({
  weekStart: z.string(),
  version: z.number().int(),
  days: z.array(z.object({ weekday: Weekday, date: z.string(), riders: z.array(DriverRide) })),
});
export type DriverWeek = z.infer<typeof DriverWeek>;
export const MyDriving = z
  .object({ availability: Availability.nullable(), weeks: z.array(DriverWeek) })
  .openapi('MyDriving', { description: "The driver's availability and the riders of their published weeks (no addresses)" });
export type MyDriving = z.infer<typeof MyDriving>;
export const RideAddresses = z
  .object({ pickupAddress: z.string(), destinationAddress: z.string() })
  .openapi('RideAddresses', { description: 'For the driver of a published ride only; every reveal is audited' });
export type RideAddresses = z.infer<typeof RideAddresses>;

// Riders

export const NewRider = z
  .object({
    firstName: FirstName.openapi({ description: 'A first name or a pseudonym' }),
    language: z.enum(RIDER_LANGUAGES),
    pickupAddress: z
      .string()
      .trim()
      .min(3)
      .max(ADDRESS_MAX)
      .openapi({ description: 'Private: only the driver of a published ride sees it' }),
    pickup: Point,
    destinationAddress: z.string().trim().max(ADDRESS_MAX).default('').openapi({ description: 'Private, like the pickup address' }),
    destination: Point,
    weekdays: Weekdays,
    timeKind: z.enum(TIME_KINDS),
    time: Time,
    forSelf: z.boolean().default(false).openapi({ description: 'A member asking for rides for themselves' }),
    caseId: Id.optional().openapi({ description: 'The family case this rider belongs to (assigned caseworkers only)' }),
  })
  .openapi('NewRideRider');
export type NewRider = z.infer<typeof NewRider>;

export const RiderSummary = z
  .object({
    id: z.string(),
    firstName: z.string(),
    language: z.enum(RIDER_LANGUAGES),
    pickup: Place,
    destination: Place,
    weekdays: z.array(Weekday),
    timeKind: z.enum(TIME_KINDS),
    time: z.string(),
    state: z.enum(['active', 'ended']),
    forSelf: z.boolean(),
    hasCase: z.boolean(),
    createdAt: z.number().int(),
  })
  .openapi('RideRider', { description: 'Coarse places only: addresses are never listed' });
export type RiderSummary = z.infer<typeof RiderSummary>;
export const RiderList = z.object({ riders: z.array(RiderSummary) }).openapi('RideRiderList');
export type RiderList = z.infer<typeof RiderList>;
export const RiderLink = z
  .object({ rider: RiderSummary, token: z.string() })
  .openapi('RideRiderLink', { description: 'The secret of the rider link /rides/r/<token>, shown once (only its hash is kept)' });
export type RiderLink = z.infer<typeof RiderLink>;

export const LinkProof = z.object({ token: z.string().min(20).max(100) }).openapi('RideLinkProof');
export const RiderWeek = z.object({
  weekStart: z.string(),
  days: z.array(
    z.object({
      weekday: Weekday,
      date: z.string(),
      ride: z.object({ driverFirstName: z.string(), vehicleNote: z.string(), pickupTime: z.string() }).nullable(),
    }),
  ),
});
export type RiderWeek = z.infer<typeof RiderWeek>;
export const RiderView = z
  .object({ language: z.enum(RIDER_LANGUAGES), weeks: z.array(RiderWeek) })
  .openapi('RideRiderView', { description: "The rider's published rides: the driver's first name, vehicle note and pickup time only" });
export type RiderView = z.infer<typeof RiderView>;
export const MyRiding = z.object({ riders: z.array(z.object({ rider: RiderSummary, weeks: z.array(RiderWeek) })) }).openapi('MyRiding');
export type MyRiding = z.infer<typeof MyRiding>;

// Weeks

const DayFigures = z.object({
  riders: z.number().int(),
  drivers: z.number().int(),
  seats: z.number().int(),
  matched: z.number().int(),
  totalDetourMetres: z.number().int(),
  greedyMatched: z.number().int(),
  greedyTotalDetourMetres: z.number().int(),
});
const CancelReason = z.enum(['driver_left', 'rider_left']).nullable();
const DayView = z.object({
  weekday: Weekday,
  date: z.string(),
  figures: DayFigures,
  pairs: z.array(
    z.object({
      riderId: z.string(),
      riderFirstName: z.string(),
      pickup: Place,
      destination: Place,
      driverId: z.string(),
      driverFirstName: z.string(),
      driverStart: Place,
      pickupTime: z.string(),
      detourMetres: z.number().int(),
      cancelled: CancelReason,
    }),
  ),
  unmatched: z.array(
    z.object({ riderId: z.string(), riderFirstName: z.string(), pickup: Place, timeKind: z.enum(TIME_KINDS), time: z.string() }),
  ),
});
export type DayView = z.infer<typeof DayView>;
export const WeekView = z
  .object({
    weekStart: z.string(),
    endsAt: z.number().int(),
    over: z.boolean(),
    draft: z
      .object({ runId: z.string(), ranAt: z.number().int(), ranBy: z.string().nullable(), published: z.boolean(), days: z.array(DayView) })
      .nullable(),
    published: z
      .object({
        runId: z.string(),
        version: z.number().int(),
        publishedAt: z.number().int(),
        publishedBy: z.string().nullable(),
        dropped: z.array(
          z.object({ weekday: Weekday, date: z.string(), riderFirstName: z.string(), driverFirstName: z.string(), reason: CancelReason }),
        ),
      })
      .nullable(),
    exclusions: z.array(z.object({ riderId: z.string(), riderFirstName: z.string(), driverId: z.string(), driverFirstName: z.string() })),
  })
  .openapi('RideWeek', { description: 'Zones, cells and first names: never an address' });
export type WeekView = z.infer<typeof WeekView>;

export const WeekList = z
  .object({
    current: z.string(),
    next: z.string(),
    weeks: z.array(
      z.object({ weekStart: z.string(), version: z.number().int(), publishedAt: z.number().int().nullable(), hasDraft: z.boolean() }),
    ),
  })
  .openapi('RideWeekList');
export type WeekList = z.infer<typeof WeekList>;

export const PairBody = z.object({ riderId: Id, driverId: Id }).openapi('RidePair');
export const PublishBody = z
  .object({ runId: Id.openapi({ description: 'The draft reviewed: publishing fails if it was run again since' }) })
  .openapi('RidePublish');
