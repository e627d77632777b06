/** The trainings vocabulary and limits, free of zod so the web app can import them without the validator. */

export const TRAINING_LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;
export type TrainingLanguage = (typeof TRAINING_LANGUAGES)[number];
/** Course titles and descriptions are written in English first; these may be added. */
export const TRANSLATED_LANGUAGES = ['es', 'so', 'hmn'] as const;

export const SESSION_STATES = ['scheduled', 'cancelled'] as const;
export type SessionState = (typeof SESSION_STATES)[number];
export const RSVP_STATUSES = ['going', 'cancelled'] as const;
export type TrainingRsvpStatus = (typeof RSVP_STATUSES)[number];
export const QUALIFICATION_SOURCES = ['training', 'recorded'] as const;

export const TITLE_MAX = 140;
export const DESCRIPTION_MAX = 2000;
export const PLACE_MAX = 200;
export const CAPACITY_MAX = 1000;
export const TRAINERS_MAX = 6;
export const VALIDITY_MONTHS_MAX = 60;
export const DEFAULT_VALIDITY_MONTHS = 12;
export const MATERIAL_TITLE_MAX = 140;
export const MATERIAL_BODY_MAX = 20_000;
/** Members with a place are reminded this long before a session starts. */
export const REMINDER_HOURS = 24;
/** A session lasts at most this long (a long weekend workshop). */
export const SESSION_MAX_HOURS = 72;

/** The trainer's QR code is redrawn this often; each code is accepted for ATTENDANCE_TOKEN_TTL_MS. */
export const ATTENDANCE_REFRESH_MS = 30_000;
export const ATTENDANCE_TOKEN_TTL_MS = 2 * 60_000;
/** Attendance is taken from half an hour before a session starts until two hours after it ends. */
export const ATTENDANCE_OPENS_BEFORE_MS = 30 * 60_000;
export const ATTENDANCE_CLOSES_AFTER_MS = 2 * 60 * 60_000;
/** The typed fallback: digits, one code a minute, the current and the previous one accepted. */
export const ATTENDANCE_CODE_DIGITS = 6;
export const ATTENDANCE_CODE_STEP_MS = 60_000;
/** The page an attendee's camera opens; the signed token follows in the fragment. */
export const ATTEND_PATH = '/trainings/attend';
