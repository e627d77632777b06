/** The events vocabulary and limits, free of zod so the web app can import them without the validator. */

export const EVENT_KINDS = ['march', 'rally', 'vigil', 'training', 'assembly', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATES = ['scheduled', 'cancelled'] as const;
export type EventState = (typeof EVENT_STATES)[number];
/** A walk-in checked in at the door without an RSVP: counted apart, never taking an RSVP place. */
export const RSVP_STATUSES = ['going', 'waitlisted', 'cancelled', 'walk_in'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

export const TITLE_MAX = 140;
export const DESCRIPTION_MAX = 4000;
export const PLACE_MAX = 200;
export const NAME_MAX = 60;
export const CONTACT_MAX = 200;
export const CAPACITY_MAX = 100_000;
export const REMINDER_HOURS_MAX = 168;
export const DEFAULT_REMINDER_HOURS = 24;
export const CHECK_IN_CODE_LENGTH = 6;
