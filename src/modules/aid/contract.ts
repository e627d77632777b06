import { z } from '@hono/zod-openapi';
import { AID_KINDS, AID_LANGUAGES, LIMITS, REQUEST_STATES, SKILLS, VEHICLES } from './limits';

const Id = z.string().min(1).max(64);
export const AidIdParam = z.object({ id: Id });
const Zone = z.object({ id: z.string(), name: z.string() });
const Kind = z.enum(AID_KINDS);
const Language = z.enum(AID_LANGUAGES);
const Time = z.number().int().min(0);
const Point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const NewAidRequest = z
  .object({
    kind: Kind,
    zoneId: Id.optional().openapi({ description: 'The zone, when no point is given' }),
    point: Point.optional().openapi({ description: 'Private: the exact place; only its zone and ~500 m cell are shown' }),
    address: z
      .string()
      .trim()
      .max(LIMITS.address)
      .optional()
      .openapi({ description: 'Private: revealed only to the volunteer holding it' }),
    contact: z.string().trim().min(3).max(LIMITS.contact).openapi({ description: 'Private: how to reach the household' }),
    details: z.string().trim().max(LIMITS.details).default('').openapi({ description: 'Shown to volunteers: no names or status' }),
    privateNotes: z.string().trim().max(LIMITS.privateNotes).default(''),
    neededFrom: Time.optional(),
    neededBy: Time.optional(),
    languages: z.array(Language).min(1).max(LIMITS.languages).openapi({ description: 'Languages the household speaks' }),
    translationLanguage: Language.optional().openapi({ description: 'For a translation: the language needed' }),
    amountCents: z.number().int().min(1).max(LIMITS.amountCents).optional().openapi({ description: 'For rent/bills' }),
    onBehalf: z
      .object({
        householdName: z.string().trim().min(1).max(LIMITS.householdName).openapi({ description: 'A first name or pseudonym' }),
        caseId: Id.optional(),
      })
      .optional()
      .openapi({ description: 'Filed for a household by a hotline operator, caseworker or organiser' }),
  })
  .openapi('NewAidRequest');
export type NewAidRequest = z.infer<typeof NewAidRequest>;

/** What any volunteer may see of a request: never a name, address, point, contact or private note. */
export const AidTask = z
  .object({
    id: z.string(),
    kind: Kind,
    state: z.enum(REQUEST_STATES),
    zone: Zone,
    cell: z.string().nullable().openapi({ description: 'H3 cell (~500 m), when the filer gave a point' }),
    details: z.string(),
    languages: z.array(Language),
    translationLanguage: Language.nullable(),
    neededFrom: Time.nullable(),
    neededBy: Time.nullable(),
    needs: z.object({ skill: z.enum(SKILLS).nullable(), vehicle: z.enum(VEHICLES) }),
    claimable: z.boolean().openapi({ description: 'False for rent/bills, which the fund pays' }),
    onBehalf: z.boolean(),
    confirmed: z.boolean(),
    createdAt: Time,
    demo: z.boolean(),
  })
  .openapi('AidTask');
export type AidTask = z.infer<typeof AidTask>;

export const AidListQuery = z
  .object({
    scope: z.enum(['matching', 'all']).default('matching'),
    caseId: Id.optional().openapi({ description: "A family case's requests (its assigned caseworkers only)" }),
  })
  .strict();
export const AidTaskList = z
  .object({ requests: z.array(AidTask), filtered: z.boolean().openapi({ description: "The volunteer's profile was applied" }) })
  .openapi('AidTaskList');

/** What the filer entered: theirs to see again. */
export const FiledFields = z
  .object({
    householdName: z.string().nullable(),
    address: z.string().nullable(),
    point: Point.nullable(),
    contact: z.string(),
    privateNotes: z.string(),
    caseId: z.string().nullable(),
    amountCents: z.number().int().nullable(),
    confirmedAt: Time.nullable(),
    confirmedBy: z.enum(['household', 'filer']).nullable(),
  })
  .openapi('AidFiledFields');
export type FiledFields = z.infer<typeof FiledFields>;

const ClaimInfo = z.object({
  state: z.enum(['claimed', 'in_progress', 'done', 'released', 'expired', 'cancelled']),
  claimedAt: Time,
  leaseExpiresAt: Time.nullable(),
  confirmedAt: Time.nullable(),
  endedAt: Time.nullable(),
});

export const AidTaskDetail = AidTask.extend({
  myClaim: ClaimInfo.nullable().openapi({ description: "The caller's active claim, if they hold it" }),
  held: z.boolean().openapi({ description: 'Someone (perhaps the caller) holds it' }),
  filedByMe: z.boolean(),
  canCancel: z.boolean(),
  filed: FiledFields.nullable().openapi({ description: 'Only for whoever filed it' }),
}).openapi('AidTaskDetail');
export type AidTaskDetail = z.infer<typeof AidTaskDetail>;

export const Filed = z
  .object({
    request: AidTaskDetail,
    receiptToken: z.string().nullable().openapi({ description: 'Shown once: the household opens /aid/r/<token>' }),
  })
  .openapi('AidFiled');
export const ReceiptLink = z.object({ receiptToken: z.string() }).openapi('AidReceiptLink');

export const Revealed = z
  .object({
    householdName: z.string(),
    address: z.string().nullable(),
    point: Point.nullable(),
    contact: z.string(),
    privateNotes: z.string(),
  })
  .openapi('AidRevealed');
export type Revealed = z.infer<typeof Revealed>;

export const MyClaim = AidTask.extend({ claim: ClaimInfo }).openapi('AidMyClaim');
export type MyClaim = z.infer<typeof MyClaim>;
export const MyClaims = z.object({ claims: z.array(MyClaim) }).openapi('AidMyClaims');

export const FiledRequest = AidTask.extend({
  householdName: z.string().nullable(),
  caseId: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  confirmedBy: z.enum(['household', 'filer']).nullable(),
  hasReceiptLink: z.boolean(),
}).openapi('AidFiledRequest');
export type FiledRequest = z.infer<typeof FiledRequest>;
export const FiledList = z.object({ requests: z.array(FiledRequest) }).openapi('AidFiledList');

export const ReceiptProof = z.object({ token: z.string().min(20).max(100) }).openapi('AidReceiptProof');
export const Receipt = z
  .object({
    kind: Kind,
    state: z.enum(REQUEST_STATES),
    confirmed: z.boolean(),
    language: z.enum(['en', 'es', 'so', 'hmn']).openapi({ description: "The household's language for this page" }),
    neededBy: Time.nullable(),
  })
  .openapi('AidReceipt');
export type Receipt = z.infer<typeof Receipt>;

export const VolunteerProfile = z
  .object({
    zoneIds: z.array(Id).max(100).openapi({ description: 'Empty: every zone' }),
    skills: z.array(z.enum(SKILLS)).max(SKILLS.length),
    languages: z.array(Language).max(AID_LANGUAGES.length),
    vehicle: z.enum(VEHICLES),
  })
  .openapi('AidVolunteerProfile');
export type VolunteerProfile = z.infer<typeof VolunteerProfile>;
export const SavedProfile = VolunteerProfile.extend({ saved: z.boolean() }).openapi('AidSavedVolunteerProfile');
export type AidTaskList = z.infer<typeof AidTaskList>;
export type MyClaims = z.infer<typeof MyClaims>;
export type FiledList = z.infer<typeof FiledList>;
