import { z } from '@hono/zod-openapi';

/** The pledges API's shapes, shared by the server and the web app. */

export const CAMPAIGN_ASKS = ['no_work', 'no_school', 'no_shopping', 'close_business', 'join_event'] as const;
export type CampaignAsk = (typeof CAMPAIGN_ASKS)[number];
export const CAMPAIGN_STATES = ['draft', 'open', 'closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];
/** The languages a campaign may add besides the one it is written in (the app's other languages). */
export const TRANSLATION_LANGUAGES = ['es', 'so', 'hmn'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export const THRESHOLD_SCOPES = ['workplace', 'union_local', 'city'] as const;
export type ThresholdScope = (typeof THRESHOLD_SCOPES)[number];
export const PLEDGE_KINDS = ['plain', 'threshold'] as const;
export const PLEDGE_STATES = ['pledged', 'conditional', 'triggered', 'reconfirmed', 'withdrawn'] as const;

export const LIMITS = {
  title: 160,
  summary: 4000,
  demand: 300,
  demands: 20,
  thresholdOptions: 10,
  thresholdMax: 1_000_000,
  name: 80,
  contact: 200,
  place: 120,
  lookupTokens: 50,
} as const;

const Id = z.string().min(1).max(64);
const line = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const Asks = z.array(z.enum(CAMPAIGN_ASKS)).min(1).max(CAMPAIGN_ASKS.length);
const Demands = z.array(line(LIMITS.demand)).max(LIMITS.demands);

export const CampaignTranslation = z
  .strictObject({ title: optionalText(LIMITS.title), summary: optionalText(LIMITS.summary), demands: Demands.optional() })
  .openapi('CampaignTranslation');
export type CampaignTranslation = z.infer<typeof CampaignTranslation>;

/** What an organiser wrote in Spanish, Somali or Hmong; anything missing falls back to the original. */
export const CampaignTranslations = z
  .strictObject({ es: CampaignTranslation.optional(), so: CampaignTranslation.optional(), hmn: CampaignTranslation.optional() })
  .openapi('CampaignTranslations');
export type CampaignTranslations = z.infer<typeof CampaignTranslations>;

export const ThresholdOptionInput = z
  .strictObject({ scope: z.enum(THRESHOLD_SCOPES), count: z.number().int().min(2).max(LIMITS.thresholdMax) })
  .openapi('ThresholdOptionInput');
export type ThresholdOptionInput = z.infer<typeof ThresholdOptionInput>;

/** "I'll strike if `count` people (me included) at my workplace / in my union local / in the city pledge." */
export const ThresholdOption = z
  .object({ id: z.string(), scope: z.enum(THRESHOLD_SCOPES), count: z.number().int() })
  .openapi('ThresholdOption');
export type ThresholdOption = z.infer<typeof ThresholdOption>;

export const CampaignInput = z
  .strictObject({
    title: line(LIMITS.title),
    summary: z.string().trim().max(LIMITS.summary).default(''),
    demands: Demands.default([]),
    asks: Asks,
    startsAt: z.number().int().min(0),
    endsAt: z.number().int().min(0),
    translations: CampaignTranslations.default({}),
    thresholdOptions: z.array(ThresholdOptionInput).max(LIMITS.thresholdOptions).default([]),
  })
  .openapi('CampaignInput');
export type CampaignInput = z.infer<typeof CampaignInput>;

/** Counts anyone may see. Threshold pledges count only once their group's threshold is met. */
export const PublicCounts = z
  .object({
    pledged: z.number().int(),
    triggered: z.number().int(),
    reconfirmed: z.number().int(),
    /** pledged + triggered + reconfirmed */
    total: z.number().int(),
    /** Visible pledges per ask. */
    asks: z.record(z.enum(CAMPAIGN_ASKS), z.number().int()),
  })
  .openapi('PledgeCounts');
export type PublicCounts = z.infer<typeof PublicCounts>;

export const OrganiserCounts = PublicCounts.extend({
  /** Threshold pledges still waiting on their group. */
  conditional: z.number().int(),
  withdrawn: z.number().int(),
}).openapi('OrganiserPledgeCounts');
export type OrganiserCounts = z.infer<typeof OrganiserCounts>;

export const Campaign = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    demands: z.array(z.string()),
    asks: z.array(z.enum(CAMPAIGN_ASKS)),
    startsAt: z.number(),
    endsAt: z.number(),
    state: z.enum(CAMPAIGN_STATES),
    translations: CampaignTranslations,
    thresholdOptions: z.array(ThresholdOption),
    demo: z.boolean(),
    counts: PublicCounts,
  })
  .openapi('Campaign');
export type Campaign = z.infer<typeof Campaign>;
export const CampaignList = z.object({ campaigns: z.array(Campaign) }).openapi('CampaignList');

/** One threshold group that has threshold pledges: workplace and union local names are for organisers only. */
export const ThresholdGroup = z
  .object({
    optionId: z.string(),
    scope: z.enum(THRESHOLD_SCOPES),
    threshold: z.number().int(),
    /** 'city', or the normalised workplace / union local name. */
    key: z.string(),
    /** Every active pledge in the group, plain or threshold. */
    count: z.number().int(),
    conditional: z.number().int(),
    triggered: z.number().int(),
    reconfirmed: z.number().int(),
    metAt: z.number().nullable(),
  })
  .openapi('ThresholdGroup');
export type ThresholdGroup = z.infer<typeof ThresholdGroup>;

export const CampaignManagement = z
  .object({ campaign: Campaign, counts: OrganiserCounts, groups: z.array(ThresholdGroup) })
  .openapi('CampaignManagement');
export type CampaignManagement = z.infer<typeof CampaignManagement>;

export const PledgeInput = z
  .strictObject({
    kind: z.enum(PLEDGE_KINDS),
    /** Required for a threshold pledge: one of the campaign's threshold options. */
    thresholdOptionId: Id.optional(),
    /** A name or a pseudonym; only organisers ever see it (CSV export). */
    name: line(LIMITS.name),
    /** For reminders; deleted when the campaign closes. */
    contact: optionalText(LIMITS.contact),
    /** Organisers may export the contact only when this is true. */
    contactConsent: z.boolean().default(false),
    workplace: optionalText(LIMITS.place),
    unionLocal: optionalText(LIMITS.place),
    school: optionalText(LIMITS.place),
    zoneId: Id.optional(),
    asks: Asks,
  })
  .openapi('PledgeInput');
export type PledgeInput = z.infer<typeof PledgeInput>;

export const PledgeCreated = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    state: z.enum(PLEDGE_STATES),
    /** Shown once: it lets this device reconfirm or withdraw the pledge. Only its hash is stored. */
    manageToken: z.string(),
  })
  .openapi('PledgeCreated');
export type PledgeCreated = z.infer<typeof PledgeCreated>;

const Token = z.string().min(20).max(100);

/** A pledge is named by the token its device keeps, or by its id when the signed-in member made it. */
export const PledgeRef = z.strictObject({ token: Token.optional(), pledgeId: Id.optional() }).openapi('PledgeRef');
export type PledgeRef = z.infer<typeof PledgeRef>;

export const PledgeLookup = z.strictObject({ tokens: z.array(Token).min(1).max(LIMITS.lookupTokens) }).openapi('PledgeLookup');

/** A signer's own pledge, without the name or contact they gave. */
export const PledgeStatus = z
  .object({
    id: z.string(),
    campaign: Campaign.omit({ counts: true, thresholdOptions: true, demands: true, summary: true }),
    kind: z.enum(PLEDGE_KINDS),
    state: z.enum(PLEDGE_STATES),
    asks: z.array(z.enum(CAMPAIGN_ASKS)),
    threshold: ThresholdOptionInput.nullable(),
    createdAt: z.number(),
    triggeredAt: z.number().nullable(),
    reconfirmedAt: z.number().nullable(),
    withdrawnAt: z.number().nullable(),
  })
  .openapi('PledgeStatus');
export type PledgeStatus = z.infer<typeof PledgeStatus>;
export const PledgeStatusList = z.object({ pledges: z.array(PledgeStatus) }).openapi('PledgeStatusList');

/** The `counts` event of GET /api/campaigns/{id}/live. */
export const LiveCounts = z.object({ campaignId: z.string(), state: z.enum(CAMPAIGN_STATES), counts: PublicCounts }).openapi('LiveCounts');
export type LiveCounts = z.infer<typeof LiveCounts>;
