/** The patrols vocabulary and limits, free of zod so the web app can import them without the validator. */

/** Public places where a network keeps watch; each is a place anyone may see, so an exact point is allowed. */
export const SITE_KINDS = ['school', 'mosque', 'bus_stop', 'workplace', 'other'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const SHIFT_STATES = ['scheduled', 'cancelled'] as const;
export type ShiftState = (typeof SHIFT_STATES)[number];

/** `swapped`: the member handed their place to another member, who holds a sign-up of their own. */
export const SIGNUP_STATUSES = ['booked', 'cancelled', 'swapped'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Coverage of a shift: enough people (green), some but fewer than the minimum (amber), nobody (red). */
export const COVERAGE_COLOURS = ['green', 'amber', 'red'] as const;
export type CoverageColour = (typeof COVERAGE_COLOURS)[number];

export const NAME_MAX = 120;
export const NOTES_MAX = 1000;
export const LABEL_MAX = 60;
/** More people than this at one school gate is a march, not a patrol. */
export const PEOPLE_MAX = 50;

/** Shift rows exist this many days ahead; the daily tick extends them. */
export const HORIZON_DAYS = 42;
/** Check-in opens this many minutes before a shift starts, and closes when it ends. */
export const CHECK_IN_OPENS_MINUTES = 15;
/** Check-out stays possible this long after the end, for whoever forgot to tap it on the way home. */
export const CHECK_OUT_CLOSES_HOURS = 6;
/** Members who hold a place are reminded this many hours before the start. */
export const REMINDER_HOURS = 12;
/** A cancellation later than this before the start is noted as late, for organisers. */
export const LATE_CANCEL_HOURS = 24;
/** Organisers page through coverage a week at a time; more than this many shifts in a week is refused. */
export const WEEK_SHIFTS_MAX = 5000;

/** Calendar dates are `YYYY-MM-DD`, local times `HH:MM` (24 h), both in the network's time zone. */
export { DATE, TIME } from '../../core/local-time';
