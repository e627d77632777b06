import { z } from '@hono/zod-openapi';

export const LANGS = ['en', 'es', 'so', 'hmn'] as const;
export type Lang = (typeof LANGS)[number];

/** What the message says happened; by default it follows the report's activity. */
export const TEMPLATES = ['sighting', 'stopping', 'checkpoint', 'home', 'workplace', 'school', 'detention'] as const;
export type Template = (typeof TEMPLATES)[number];

export const ALERT_STATES = ['awaiting_second_verifier', 'sent', 'all_clear', 'cancelled', 'expired'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const UPDATE_KINDS = ['still_active', 'moved', 'left_area'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];
/** Every event in an alert's life that members may see, in the order they can happen. */
export const EVENT_KINDS = ['sent', ...UPDATE_KINDS, 'extended', 'all_clear', 'cancelled'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** R-BCAST-1: an alert reaching more members than this needs a second verifier. */
export const SECOND_VERIFIER_ABOVE = 50;
export const DEFAULT_EXPIRY_MINUTES = 120;
export const MAX_EXPIRY_MINUTES = 720;
export const MIN_RADIUS_KM = 0.5;
export const MAX_RADIUS_KM = 10;
const NOTE_MAX = 500;

const Id = z.string().min(1).max(64);
const note = z.string().trim().max(NOTE_MAX).default('');

/** The report's zone, plus either chosen neighbours of it or every zone within a radius. */
export const AlertTargets = z
  .object({
    neighbourZoneIds: z.array(Id).max(30).optional(),
    radiusKm: z.number().min(MIN_RADIUS_KM).max(MAX_RADIUS_KM).optional(),
  })
  .refine((t) => (t.neighbourZoneIds === undefined) !== (t.radiusKm === undefined), {
    message: 'Give either neighbourZoneIds or radiusKm',
    path: ['radiusKm'],
  })
  .openapi('AlertTargets');
export type AlertTargets = z.infer<typeof AlertTargets>;

export const NewAlert = z
  .object({
    reportId: Id,
    /** Omitted: the template that matches the report's activity. */
    template: z.enum(TEMPLATES).optional(),
    /** Shown as written, under the translated message, in every language. */
    note,
    targets: AlertTargets,
    expiresInMinutes: z.number().int().min(5).max(MAX_EXPIRY_MINUTES).default(DEFAULT_EXPIRY_MINUTES),
  })
  .openapi('NewAlert');
export type NewAlert = z.infer<typeof NewAlert>;

export const Message = z.object({ headline: z.string(), body: z.string(), instruction: z.string() }).openapi('AlertMessage');
export type Message = z.infer<typeof Message>;
export const Messages = z.object({ en: Message, es: Message, so: Message, hmn: Message }).openapi('AlertMessages');
export type Messages = z.infer<typeof Messages>;

export const ZoneRef = z.object({ id: z.string(), name: z.string() }).openapi('AlertZone');
export type ZoneRef = z.infer<typeof ZoneRef>;

export const AlertPreview = z
  .object({
    template: z.enum(TEMPLATES),
    zones: z.array(ZoneRef),
    audience: z.number(),
    needsSecondVerifier: z.boolean(),
    messages: Messages,
  })
  .openapi('AlertPreview');
export type AlertPreview = z.infer<typeof AlertPreview>;

export const AlertEvent = z
  .object({
    id: z.string(),
    kind: z.enum(EVENT_KINDS),
    zone: ZoneRef.nullable(),
    note: z.string(),
    messages: Messages,
    at: z.number(),
  })
  .openapi('AlertEvent');
export type AlertEvent = z.infer<typeof AlertEvent>;

/** An alert as members see it: who verified it is a role and a count, never a name. */
export const Alert = z
  .object({
    id: z.string(),
    reportId: z.string(),
    template: z.enum(TEMPLATES),
    state: z.enum(ALERT_STATES),
    messages: Messages,
    note: z.string(),
    zones: z.array(ZoneRef),
    radiusKm: z.number().nullable(),
    verifiers: z.union([z.literal(1), z.literal(2)]),
    audience: z.number(),
    seenAt: z.number(),
    createdAt: z.number(),
    sentAt: z.number().nullable(),
    expiresAt: z.number(),
    endedAt: z.number().nullable(),
    events: z.array(AlertEvent),
  })
  .openapi('Alert');
export type Alert = z.infer<typeof Alert>;
/** `now` is the server's clock, so countdowns are right even on a phone whose clock is off. */
export const AlertList = z.object({ alerts: z.array(Alert), now: z.number() }).openapi('AlertList');

export const AlertUpdateInput = z
  .object({
    kind: z.enum(UPDATE_KINDS),
    /** For `moved`: the zone it moved to; it joins the targets. */
    zoneId: Id.optional(),
    note,
  })
  .openapi('AlertUpdateInput');
export type AlertUpdateInput = z.infer<typeof AlertUpdateInput>;

export const EndInput = z.object({ note }).openapi('AlertEndInput');
export type EndInput = z.infer<typeof EndInput>;

export const ExtendInput = z.object({ expiresInMinutes: z.number().int().min(5).max(MAX_EXPIRY_MINUTES) }).openapi('AlertExtendInput');
export type ExtendInput = z.infer<typeof ExtendInput>;

/** What live clients receive (SSE event `alert`): the event and the alert as it now stands. */
export interface LiveAlert {
  kind: EventKind;
  alert: Alert;
}
/** SSE event `expired`: drop it. */
export interface LiveExpired {
  id: string;
}
