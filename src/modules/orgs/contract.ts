import { z } from '@hono/zod-openapi';

export const ORG_KINDS = ['union_local', 'faith', 'community', 'student', 'legal', 'other'] as const;

/** Below this many linked members an organisation's count is not shown anywhere: small groups stay unexposed. */
export const MEMBER_COUNT_MIN = 5;

const Id = z.string().min(1).max(64);
const OrgName = z.string().trim().min(2).max(120);
const OrgDescription = z.string().trim().max(1000).default('');

export const Org = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ORG_KINDS),
    description: z.string(),
    verified: z.boolean(),
    demo: z.boolean(),
  })
  .openapi('Org');
export type Org = z.infer<typeof Org>;
export const OrgList = z.object({ orgs: z.array(Org) }).openapi('OrgList');

export const NewOrg = z.object({ name: OrgName, kind: z.enum(ORG_KINDS), description: OrgDescription }).openapi('NewOrg');
export type NewOrg = z.infer<typeof NewOrg>;

/** An organisation's public page: no person is named, and the member count only from MEMBER_COUNT_MIN up. */
export const OrgProfile = Org.extend({
  campaigns: z.array(z.object({ id: z.string(), title: z.string() })).openapi({ description: 'Campaigns it endorses (verified)' }),
  memberCount: z
    .number()
    .int()
    .nullable()
    .openapi({ description: `Linked members; null when fewer than ${MEMBER_COUNT_MIN}` }),
}).openapi('OrgProfile');
export type OrgProfile = z.infer<typeof OrgProfile>;

/**
 * A public sign-on: an organisation the network knows (`orgId`), or a new one (`name` and `kind`).
 * `contact` is for organisers only and is cleared after the campaign.
 */
export const NewEndorsement = z
  .object({
    orgId: Id.optional(),
    name: OrgName.optional(),
    kind: z.enum(ORG_KINDS).optional(),
    description: OrgDescription,
    contact: z.string().trim().max(200).default('').openapi({ description: 'Private: seen by organisers only' }),
  })
  .superRefine((v, ctx) => {
    if (v.orgId !== undefined && v.name !== undefined)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Choose an organisation from the list or name a new one, not both.' });
    if (v.orgId !== undefined) return;
    if (v.name === undefined) ctx.addIssue({ code: 'custom', path: ['orgId'], message: 'Choose an organisation or name a new one.' });
    else if (v.kind === undefined) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Say what kind of organisation it is.' });
  })
  .openapi('NewEndorsement');
export type NewEndorsement = z.infer<typeof NewEndorsement>;

/** A linked member signs their organisation on. */
export const MemberEndorsement = z.object({ campaignId: Id }).openapi('MemberEndorsement');

export const ENDORSEMENT_STATES = ['pending', 'verified', 'rejected'] as const;
export const EndorsementOutcome = z
  .object({ id: z.string(), state: z.enum(ENDORSEMENT_STATES), orgId: z.string().nullable() })
  .openapi('EndorsementOutcome');
export type EndorsementOutcome = z.infer<typeof EndorsementOutcome>;

/** The public endorser list of a campaign (the campaign page reads exactly this). */
export const Endorser = z.object({ orgId: z.string(), name: z.string(), kind: z.enum(ORG_KINDS) }).openapi('Endorser');
export type Endorser = z.infer<typeof Endorser>;
export const EndorserList = z.object({ endorsers: z.array(Endorser) }).openapi('EndorserList');

/** For organisers: a sign-on waiting for them, with the private contact. */
export const PendingEndorsement = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    campaignTitle: z.string(),
    org: z.object({
      id: z.string().nullable().openapi({ description: 'null: a new organisation, created when verified' }),
      name: z.string(),
      kind: z.enum(ORG_KINDS),
      description: z.string(),
      verified: z.boolean(),
    }),
    contact: z.string(),
    byMember: z.boolean().openapi({ description: 'Sent by a member linked to the organisation (never who)' }),
    createdAt: z.number().int(),
  })
  .openapi('PendingEndorsement');
export type PendingEndorsement = z.infer<typeof PendingEndorsement>;
export const PendingEndorsementList = z.object({ endorsements: z.array(PendingEndorsement) }).openapi('PendingEndorsementList');
