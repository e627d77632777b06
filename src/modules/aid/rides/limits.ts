/** Limits and vocabularies of recurring rides, shared by the server and the web app (no zod here). */

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const RIDER_LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;
export type RiderLanguage = (typeof RIDER_LANGUAGES)[number];

/** A rider either needs to arrive somewhere by a time (a shift), or to be picked up at one. */
export const TIME_KINDS = ['arrive_by', 'pickup_at'] as const;
export type TimeKind = (typeof TIME_KINDS)[number];

export const DRIVER_STATES = ['active', 'paused', 'ended'] as const;
export type DriverState = (typeof DRIVER_STATES)[number];

export const MAX_SEATS = 8;
export const FIRST_NAME_MAX = 40;
export const VEHICLE_NOTE_MAX = 80;
export const ADDRESS_MAX = 200;

/** How far out of their way a driver is asked to go for one rider (great-circle metres). */
export const MAX_DETOUR_METRES = 8000;

/** "HH:MM", 00:00–23:59: times of day, in the network's time zone. */
/** "YYYY-MM-DD": a week is named by its Monday. */
export { DATE, TIME as TIME_OF_DAY } from '../../../core/local-time';
