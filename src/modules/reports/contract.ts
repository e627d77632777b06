import { z } from '@hono/zod-openapi';
import { ACTIVITIES, DECISIONS, DUPLICATE_REASONS, REPORT_SOURCES, REPORT_STATES, VERIFICATION_METHODS } from './vocabulary';

export * from './vocabulary';

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

export const DuplicateSuggestion = z
  .object({
    id: z.string(),
    /** 0 (nothing alike but place and time) to 1 (alike in every field). */
    score: z.number(),
    reasons: z.array(z.enum(DUPLICATE_REASONS)),
    state: z.enum(REPORT_STATES),
    zoneName: z.string(),
    activity: z.enum(ACTIVITIES),
    people: z.number(),
    vehicles: z.number(),
    seenAt: z.number(),
  })
  .openapi('DuplicateSuggestion');
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestion>;

export const QueueItem = Report.extend({ duplicates: z.array(DuplicateSuggestion) }).openapi('QueueItem');
export type QueueItem = z.infer<typeof QueueItem>;
export const Queue = z.object({ reports: z.array(QueueItem) }).openapi('ReportQueue');
export type Queue = z.infer<typeof Queue>;

export const MergeInput = z.object({ into: z.string().min(1).max(64) }).openapi('MergeInput');
export type MergeInput = z.infer<typeof MergeInput>;

/** What the public form tells a reporter before they send anything. */
export const IntakeInfo = z
  .object({
    /** Days a report is kept after it is closed or decided (0 = kept until deleted by hand). */
    retentionDays: z.number().int(),
    uploadMaxBytes: z.number().int(),
    uploadWindowMinutes: z.number().int(),
  })
  .openapi('IntakeInfo');
export type IntakeInfo = z.infer<typeof IntakeInfo>;

export const CallbackNumber = z.object({ phone: z.string().nullable() }).openapi('CallbackNumber');

/** One step of an incident: what happened and the roles of who did it — never a name or member id. */
export const TimelineEntry = z
  .object({
    at: z.number(),
    action: z.string(),
    /** Empty when nobody signed in did it (an anonymous reporter, or the server itself). */
    roles: z.array(z.string()),
    objectType: z.string(),
    /** The report, alert, dispatch or evidence concerned (null when it would name a member). */
    objectId: z.string().nullable(),
  })
  .openapi('TimelineEntry');
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export const Timeline = z.object({ entries: z.array(TimelineEntry) }).openapi('Timeline');
export type Timeline = z.infer<typeof Timeline>;
