import { z } from '@hono/zod-openapi';
import { QUALIFICATIONS } from '../../core/qualifications';
import {
  COVERAGE_COLOURS,
  DATE,
  LABEL_MAX,
  NAME_MAX,
  NOTES_MAX,
  PEOPLE_MAX,
  SHIFT_STATES,
  SIGNUP_STATUSES,
  SITE_KINDS,
  TIME,
} from './limits';

/** The patrols API's shapes, shared by the server and (as types) the web app. */

const Id = z.string().min(1).max(64);
const Instant = z.number().int();
const LocalDate = z.string().regex(DATE, 'Write the date as YYYY-MM-DD').openapi({ example: '2027-01-25' });
const LocalTime = z.string().regex(TIME, 'Write the time as HH:MM (24 hours)').openapi({ example: '07:30' });
const Qualification = z.enum(QUALIFICATIONS);
const Named = z.object({ id: z.string(), name: z.string() });
const Point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).openapi('PatrolSitePoint');

export const SiteInput = z
  .object({
    name: z.string().trim().min(2).max(NAME_MAX).openapi({ example: 'Anwatin Middle School, main entrance' }),
    kind: z.enum(SITE_KINDS),
    zoneId: Id,
    point: Point.nullable().default(null).openapi({ description: 'The exact spot: a public place only' }),
    notes: z.string().trim().max(NOTES_MAX).default(''),
  })
  .openapi('PatrolSiteInput');
export type SiteInput = z.infer<typeof SiteInput>;
export type SiteInputFields = z.input<typeof SiteInput>;

export const Site = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(SITE_KINDS),
    zone: Named,
    point: Point.nullable(),
    notes: z.string(),
    archived: z.boolean(),
    demo: z.boolean(),
  })
  .openapi('PatrolSite');
export type Site = z.infer<typeof Site>;
export const SiteList = z.object({ sites: z.array(Site) }).openapi('PatrolSiteList');

export const SeriesInput = z
  .object({
    label: z.string().trim().max(LABEL_MAX).default('').openapi({ example: 'Drop-off' }),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each weekday once')
      .openapi({ description: 'ISO weekdays: 1 = Monday … 7 = Sunday' }),
    startTime: LocalTime,
    endTime: LocalTime.openapi({ description: 'At or before the start means the next day' }),
    minPeople: z.number().int().min(1).max(PEOPLE_MAX),
    maxPeople: z.number().int().min(1).max(PEOPLE_MAX),
    requiredQualification: Qualification.nullable().default(null),
    startsOn: LocalDate,
    endsOn: LocalDate.nullable().default(null),
  })
  .openapi('PatrolSeriesInput');
export type SeriesInput = z.infer<typeof SeriesInput>;
export type SeriesInputFields = z.input<typeof SeriesInput>;

export const Series = SeriesInput.extend({ id: z.string(), siteId: z.string(), demo: z.boolean() }).openapi('PatrolSeries');
export type Series = z.infer<typeof Series>;

export const SiteDetail = z.object({ site: Site, series: z.array(Series) }).openapi('PatrolSiteDetail');
export type SiteDetail = z.infer<typeof SiteDetail>;

export const SeriesSaved = z
  .object({
    series: Series,
    upcoming: z.number().int().openapi({ description: 'Shifts of the series from now to the horizon' }),
    keptBooked: z.number().int().openapi({ description: 'Booked shifts kept at their time and qualification' }),
  })
  .openapi('PatrolSeriesSaved');
export type SeriesSaved = z.infer<typeof SeriesSaved>;

/** A shift as lists show it: where, when (local date and times), how full. */
export const Shift = z
  .object({
    id: z.string(),
    site: z.object({ id: z.string(), name: z.string(), kind: z.enum(SITE_KINDS), point: Point.nullable() }),
    zone: Named,
    label: z.string(),
    localDate: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    startsAt: Instant,
    endsAt: Instant,
    minPeople: z.number().int(),
    maxPeople: z.number().int(),
    taken: z.number().int(),
    requiredQualification: Qualification.nullable(),
    state: z.enum(SHIFT_STATES),
  })
  .openapi('PatrolShift');
export type Shift = z.infer<typeof Shift>;

export const OpenShift = Shift.extend({
  mine: z.boolean().openapi({ description: 'I hold a place on it' }),
  qualified: z.boolean().openapi({ description: 'I hold the qualification it needs (or it needs none)' }),
  offeredSignupId: z.string().nullable().openapi({ description: 'A place someone else offers to swap; take it with …/take' }),
}).openapi('PatrolOpenShift');
export type OpenShift = z.infer<typeof OpenShift>;

export const WeekQuery = z
  .object({
    week: LocalDate.optional().openapi({ description: 'The Monday of the week; this week when left out' }),
    zone: Id.optional(),
  })
  .strict();
export type WeekQuery = z.infer<typeof WeekQuery>;

export const OpenShiftList = z.object({ week: z.string(), shifts: z.array(OpenShift) }).openapi('PatrolOpenShiftList');
export type OpenShiftList = z.infer<typeof OpenShiftList>;

export const MySignup = z
  .object({
    id: z.string(),
    status: z.enum(SIGNUP_STATUSES),
    offered: z.boolean(),
    checkedInAt: Instant.nullable(),
    checkedOutAt: Instant.nullable(),
    lateCancel: z.boolean(),
    checkInFrom: Instant,
    checkInUntil: Instant,
    checkOutUntil: Instant,
    shift: Shift,
  })
  .openapi('PatrolMySignup');
export type MySignup = z.infer<typeof MySignup>;
export const MySignupList = z.object({ signups: z.array(MySignup) }).openapi('PatrolMySignupList');

export const CoverageShift = z
  .object({
    id: z.string(),
    siteId: z.string(),
    label: z.string(),
    localDate: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    minPeople: z.number().int(),
    maxPeople: z.number().int(),
    taken: z.number().int(),
    colour: z.enum(COVERAGE_COLOURS),
  })
  .openapi('PatrolCoverageShift');
export type CoverageShift = z.infer<typeof CoverageShift>;

export const Coverage = z
  .object({
    week: z.string(),
    days: z.array(z.string()),
    zones: z.array(
      z.object({ zone: Named, sites: z.array(z.object({ id: z.string(), name: z.string(), shifts: z.array(CoverageShift) })) }),
    ),
    totals: z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int() }),
  })
  .openapi('PatrolCoverage');
export type Coverage = z.infer<typeof Coverage>;

export const Volunteer = z
  .object({
    memberId: z.string(),
    name: z.string(),
    shifts: z.number().int().openapi({ description: 'Past shifts they held a place on' }),
    checkedIn: z.number().int(),
    noShows: z.number().int(),
    lateCancellations: z.number().int(),
    upcoming: z.number().int(),
  })
  .openapi('PatrolVolunteer');
export type Volunteer = z.infer<typeof Volunteer>;
export const VolunteerList = z.object({ volunteers: z.array(Volunteer) }).openapi('PatrolVolunteerList');

export const ShiftPerson = z
  .object({
    memberId: z.string(),
    name: z.string(),
    offered: z.boolean().openapi({ description: 'They offered their place for a swap; it stays theirs until taken' }),
    checkedInAt: Instant.nullable(),
    checkedOutAt: Instant.nullable(),
  })
  .openapi('PatrolShiftPerson');
export type ShiftPerson = z.infer<typeof ShiftPerson>;
export const ShiftPeople = z.object({ shift: Shift, people: z.array(ShiftPerson) }).openapi('PatrolShiftPeople');
export type ShiftPeople = z.infer<typeof ShiftPeople>;

export const FeedState = z.object({ active: z.boolean(), createdAt: Instant.nullable() }).openapi('PatrolFeedState');
export type FeedState = z.infer<typeof FeedState>;
export const FeedLink = z
  .object({ url: z.string().openapi({ description: 'Shown once: only its hash is kept' }), createdAt: Instant })
  .openapi('PatrolFeedLink');
export type FeedLink = z.infer<typeof FeedLink>;
