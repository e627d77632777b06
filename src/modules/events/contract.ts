import { z } from '@hono/zod-openapi';
import {
  CAPACITY_MAX,
  CONTACT_MAX,
  DEFAULT_REMINDER_HOURS,
  DESCRIPTION_MAX,
  EVENT_KINDS,
  EVENT_STATES,
  NAME_MAX,
  PLACE_MAX,
  REMINDER_HOURS_MAX,
  RSVP_STATUSES,
  TITLE_MAX,
} from './limits';

export * from './limits';

/** The events API's shapes, shared by the server and the web app. */

/** The last instant iCalendar (and so an event) can hold: the end of year 9999. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59);

const Id = z.string().min(1).max(64);
const Instant = z.number().int().min(0).max(LAST_INSTANT);
const Point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).openapi('EventPoint');

export const EventInput = z
  .object({
    title: z.string().trim().min(3).max(TITLE_MAX),
    kind: z.enum(EVENT_KINDS),
    description: z.string().trim().max(DESCRIPTION_MAX).default(''),
    startsAt: Instant,
    endsAt: Instant,
    place: z.string().trim().min(2).max(PLACE_MAX).openapi({ description: 'The public meeting point, in words' }),
    point: Point.nullable().default(null).openapi({ description: 'The exact meeting point (a public place), if any' }),
    zoneId: Id.nullable().default(null).openapi({ description: 'Worked out from the point when left out' }),
    capacity: z.number().int().min(1).max(CAPACITY_MAX).nullable().default(null),
    campaignId: Id.nullable().default(null),
    orgId: Id.nullable().default(null),
    reminderHours: z.number().int().min(0).max(REMINDER_HOURS_MAX).default(DEFAULT_REMINDER_HOURS),
  })
  .openapi('EventInput');
export type EventInput = z.infer<typeof EventInput>;
export type EventInputFields = z.input<typeof EventInput>;

/** An event as stored, for its edit form: it names draft campaigns and unverified organisations too. */
export const EventSettings = EventInput.extend({ id: z.string(), state: z.enum(EVENT_STATES) }).openapi('EventSettings');
export type EventSettings = z.infer<typeof EventSettings>;

/** Counts are all the public ever learns about who is coming. */
export const EventCounts = z
  .object({
    going: z.number().int(),
    waitlisted: z.number().int(),
    /** Null when the event has no capacity. */
    placesLeft: z.number().int().nullable(),
  })
  .openapi('EventCounts');
export type EventCounts = z.infer<typeof EventCounts>;

const Named = z.object({ id: z.string(), name: z.string() });

export const PublicEvent = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    description: z.string(),
    startsAt: z.number(),
    endsAt: z.number(),
    place: z.string(),
    point: Point.nullable(),
    zone: Named.nullable(),
    capacity: z.number().nullable(),
    /** Shown only once the campaign is public, and the organisation once verified. */
    campaign: Named.nullable(),
    org: Named.nullable(),
    state: z.enum(EVENT_STATES),
    reminderHours: z.number(),
    counts: EventCounts,
    demo: z.boolean(),
  })
  .openapi('Event');
export type PublicEvent = z.infer<typeof PublicEvent>;
export const EventList = z.object({ events: z.array(PublicEvent) }).openapi('EventList');

export const EventListQuery = z
  .object({
    when: z.enum(['upcoming', 'past']).default('upcoming'),
    org: Id.optional(),
    campaign: Id.optional(),
  })
  // A misspelt filter would otherwise list every event as if it had been applied.
  .strict();

export const NewRsvp = z
  .object({
    name: z.string().trim().min(1).max(NAME_MAX).optional().openapi({ description: 'A pseudonym is fine; members may leave it out' }),
    contact: z
      .string()
      .trim()
      .max(CONTACT_MAX)
      .optional()
      .openapi({ description: 'Private: seen only by organisers, deleted the day after the event' }),
  })
  .openapi('NewRsvp');
export type NewRsvp = z.infer<typeof NewRsvp>;

/** A visitor proves an RSVP is theirs with the manage token their phone keeps; a member by signing in. */
export const RsvpProof = z.object({ token: z.string().min(1).max(128).optional() }).openapi('RsvpProof');
export type RsvpProof = z.infer<typeof RsvpProof>;

export const MyRsvp = z
  .object({
    id: z.string(),
    eventId: z.string(),
    name: z.string(),
    status: z.enum(RSVP_STATUSES),
    /** 1 for the first person waiting; null unless waitlisted. */
    waitlistPosition: z.number().int().nullable(),
    checkedIn: z.boolean(),
  })
  .openapi('MyRsvp');
export type MyRsvp = z.infer<typeof MyRsvp>;

export const RsvpResult = z
  .object({
    rsvp: MyRsvp,
    /** Only for a visitor's new RSVP, shown once: the phone keeps it to look at or cancel the RSVP. */
    manageToken: z.string().nullable(),
  })
  .openapi('RsvpResult');
export type RsvpResult = z.infer<typeof RsvpResult>;

export const SelfCheckIn = z
  .object({
    code: z.string().trim().min(1).max(16),
    token: z.string().min(1).max(128).optional(),
    name: z.string().trim().min(1).max(NAME_MAX).optional().openapi({ description: 'For a walk-in without an RSVP' }),
  })
  .openapi('SelfCheckIn');
export type SelfCheckIn = z.infer<typeof SelfCheckIn>;

export const CheckInEntry = z
  .object({
    id: z.string(),
    name: z.string(),
    contact: z.string().nullable(),
    status: z.enum(RSVP_STATUSES),
    member: z.boolean(),
    checkedInAt: z.number().nullable(),
  })
  .openapi('CheckInEntry');
export type CheckInEntry = z.infer<typeof CheckInEntry>;

export const CheckInSheet = z
  .object({
    event: PublicEvent,
    code: z.string(),
    checkedIn: z.number().int(),
    walkIns: z.number().int(),
    rsvps: z.array(CheckInEntry),
  })
  .openapi('CheckInSheet');
export type CheckInSheet = z.infer<typeof CheckInSheet>;
