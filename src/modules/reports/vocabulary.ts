/**
 * The words of the reports API, without zod: the web app imports these values (importing the
 * contract's would put zod in the bundle), and the contract builds its schemas from them.
 */

export const REPORT_STATES = ['new', 'verifying', 'confirmed', 'false_alarm', 'unable_to_verify', 'merged'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
/** States in which a report still waits for a verifier's decision. */
export const OPEN_STATES = ['new', 'verifying'] as const satisfies readonly ReportState[];
export const DECISIONS = ['confirmed', 'false_alarm', 'unable_to_verify'] as const;
export type Decision = (typeof DECISIONS)[number];

export const REPORT_SOURCES = ['public', 'hotline', 'patrol'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const ACTIVITIES = [
  'patrolling',
  'stopping_people',
  'at_a_home',
  'at_a_workplace',
  'at_a_school',
  'checkpoint',
  'detaining',
  'other',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const VERIFICATION_METHODS = ['responder_on_scene', 'photo_video', 'trusted_source'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** Why another report may be the same sighting; the UI translates each as `duplicates.reasons.<code>`. */
export const DUPLICATE_REASONS = [
  'same_cell',
  'same_zone',
  'neighbour_zone',
  'close_in_time',
  'same_activity',
  'similar_size',
  'similar_words',
] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];
