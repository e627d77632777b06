import { z } from '@hono/zod-openapi';

/** The dispatch API's shapes, shared by the server and the web app. */

export const OFFER_STATES = ['offered', 'accepted', 'on_scene', 'cleared', 'declined', 'expired'] as const;
export type OfferState = (typeof OFFER_STATES)[number];
/** States in which a responder still has something to do. */
export const OPEN_OFFER_STATES = ['offered', 'accepted', 'on_scene'] as const satisfies readonly OfferState[];
/** Someone answered the call: the case needs no widening. */
export const ANSWERED_STATES = ['accepted', 'on_scene', 'cleared'] as const satisfies readonly OfferState[];

/** What a responder may do with an offer, and from which states (the server's state machine). */
export const OFFER_MOVES = {
  accept: { from: ['offered'], to: 'accepted' },
  // A responder who accepted but cannot come after all says so, rather than leaving a false ETA on the board.
  decline: { from: ['offered', 'accepted'], to: 'declined' },
  on_scene: { from: ['accepted'], to: 'on_scene' },
  clear: { from: ['on_scene'], to: 'cleared' },
} as const satisfies Record<string, { from: readonly OfferState[]; to: OfferState }>;
export type OfferMove = keyof typeof OFFER_MOVES;

/** Ring 0: responders on duty in the incident's zone; ring 1: in its neighbouring zones, after widening. */
export const RINGS = [0, 1] as const;

export const ETA_MAX_MINUTES = 180;
export const MAX_DUTY_ZONES = 100;

const Id = z.string().min(1).max(64);

export const DutyZones = z.object({ zoneIds: z.array(Id).max(MAX_DUTY_ZONES) }).openapi('DutyZones');
export type DutyZones = z.infer<typeof DutyZones>;

export const AcceptOffer = z.object({ etaMinutes: z.number().int().min(1).max(ETA_MAX_MINUTES) }).openapi('AcceptOffer');
export type AcceptOffer = z.infer<typeof AcceptOffer>;

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * A legal observer's notes on scene: what the agency did and how its people and vehicles were marked.
 * Strict on purpose: there is no place for an officer's name or badge number, and a body that tries
 * to send one is refused rather than silently trimmed.
 */
export const NewChecklistEntry = z
  .strictObject({
    observedAt: z.number().int().min(0),
    whatSeen: z.string().trim().min(1).max(2000),
    /** Uniforms, vests, patches: which agency, never who. */
    agencyMarkings: text(500),
    /** Vehicle descriptions and plates of agency vehicles. */
    vehicleMarkings: text(500),
    peopleCount: z.number().int().min(0).max(500).nullable().default(null),
    notes: text(2000),
  })
  .openapi('NewChecklistEntry');
export type NewChecklistEntry = z.infer<typeof NewChecklistEntry>;

export const ChecklistEntry = z
  .object({
    id: z.string(),
    observedAt: z.number(),
    whatSeen: z.string(),
    agencyMarkings: z.string(),
    vehicleMarkings: z.string(),
    peopleCount: z.number().nullable(),
    notes: z.string(),
    createdAt: z.number(),
    /** The responder's display name (a pseudonym); only staff see it, on the board. */
    by: z.string(),
  })
  .openapi('ChecklistEntry');
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;

/** Coarse location and what was reported: enough for a responder to decide and go. */
export const OfferIncident = z
  .object({
    zoneId: z.string(),
    zoneName: z.string(),
    cell: z.string().nullable(),
    activity: z.string(),
    activityNote: z.string(),
    people: z.number(),
    vehicles: z.number(),
    markings: z.string(),
    equipment: z.string(),
    seenAt: z.number(),
    confirmedAt: z.number().nullable(),
    /** The reporter shared an exact point; an accepted responder may look at it (audited). */
    hasExactPoint: z.boolean(),
  })
  .openapi('OfferIncident');
export type OfferIncident = z.infer<typeof OfferIncident>;

const OfferTimes = {
  id: z.string(),
  state: z.enum(OFFER_STATES),
  ring: z.number().int(),
  offeredAt: z.number(),
  expiresAt: z.number(),
  etaMinutes: z.number().nullable(),
  acceptedAt: z.number().nullable(),
  onSceneAt: z.number().nullable(),
  endedAt: z.number().nullable(),
};

export const MyOffer = z
  .object({ ...OfferTimes, reportId: z.string(), incident: OfferIncident, checklist: z.array(ChecklistEntry) })
  .openapi('MyOffer');
export type MyOffer = z.infer<typeof MyOffer>;
export const MyOfferList = z.object({ offers: z.array(MyOffer) }).openapi('MyOfferList');

export const BoardResponder = z.object({ ...OfferTimes, label: z.string() }).openapi('BoardResponder');
export type BoardResponder = z.infer<typeof BoardResponder>;

export const BoardIncident = z
  .object({
    reportId: z.string(),
    incident: OfferIncident,
    openedAt: z.number(),
    /** When the call went out to neighbouring zones because nobody had accepted; null if it did not. */
    widenedAt: z.number().nullable(),
    closedAt: z.number().nullable(),
    responders: z.array(BoardResponder),
    checklist: z.array(ChecklistEntry),
  })
  .openapi('BoardIncident');
export type BoardIncident = z.infer<typeof BoardIncident>;
export const Board = z.object({ incidents: z.array(BoardIncident), at: z.number() }).openapi('DispatchBoard');
export type Board = z.infer<typeof Board>;
