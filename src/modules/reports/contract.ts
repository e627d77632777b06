import { z } from '@hono/zod-openapi';

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

const shortText = (max: number) => z.string().trim().max(max).default('');

export const ExactPoint = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).openapi('ExactPoint');

export const Callback = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{7,24}$/, 'A phone number, digits and spaces'),
    /** The reporter ticked "you may call me back"; without it no number is kept. */
    consent: z.literal(true),
  })
  .openapi('Callback');

/** SALUTE: size, activity, location, uniform, time, equipment. */
export const NewReport = z
  .object({
    zoneId: z.string().min(1).max(64),
    cell: z
      .string()
      .regex(/^[0-9a-f]{15}$/, 'An H3 cell index')
      .optional(),
    /** Only when the reporter chose to share the exact point for this report. */
    exactPoint: ExactPoint.optional(),
    people: z.number().int().min(0).max(500),
    vehicles: z.number().int().min(0).max(100),
    activity: z.enum(ACTIVITIES),
    activityNote: shortText(500),
    markings: shortText(300),
    equipment: shortText(300),
    seenAt: z.number().int().min(0),
    callback: Callback.optional(),
    language: z.enum(['en', 'es', 'so', 'hmn']).default('en'),
  })
  .openapi('NewReport');
export type NewReport = z.infer<typeof NewReport>;

export const FiledReport = z
  .object({
    id: z.string(),
    /** Lets this browser attach a photo or video to the report for a short while, without an account. */
    uploadToken: z.string(),
    uploadTokenExpiresAt: z.number(),
  })
  .openapi('FiledReport');

export const Report = z
  .object({
    id: z.string(),
    state: z.enum(REPORT_STATES),
    source: z.enum(REPORT_SOURCES),
    zoneId: z.string(),
    zoneName: z.string(),
    cell: z.string().nullable(),
    hasExactPoint: z.boolean(),
    hasCallback: z.boolean(),
    people: z.number(),
    vehicles: z.number(),
    activity: z.enum(ACTIVITIES),
    activityNote: z.string(),
    markings: z.string(),
    equipment: z.string(),
    seenAt: z.number(),
    createdAt: z.number(),
    language: z.string(),
    verifying: z.boolean(),
    decidedAt: z.number().nullable(),
    verificationMethod: z.enum(VERIFICATION_METHODS).nullable(),
    decisionNote: z.string(),
    mergedInto: z.string().nullable(),
    closedAt: z.number().nullable(),
  })
  .openapi('Report');
export type Report = z.infer<typeof Report>;

export const DecisionInput = z
  .object({
    outcome: z.enum(DECISIONS),
    /** Required to confirm: how the verifier knows. */
    method: z.enum(VERIFICATION_METHODS).optional(),
    note: shortText(1000),
  })
  .openapi('DecisionInput');
export type DecisionInput = z.infer<typeof DecisionInput>;
