import { z } from '@hono/zod-openapi';
import { AssemblyBrief, Id, Instant, MeetingBrief, Named } from './contract-base';
import {
  ACTION_TEXT_MAX,
  AGENDA_ITEMS_MAX,
  APPOINTED_ROLES,
  ASSEMBLY_KINDS,
  ASSEMBLY_ROLES,
  DELEGATE_SEATS_MAX,
  DESCRIPTION_MAX,
  DISCUSSION_HOURS_MAX,
  MAJORITIES,
  MINUTES_MAX,
  NAME_MAX,
  PLACE_MAX,
  PROPOSERS,
  QUORUM_COUNT_MAX,
  QUORUM_KINDS,
  TITLE_MAX,
} from './limits';
import { ProposalBrief } from './proposal-contract';

export * from './contract-base';
export * from './limits';
export * from './proposal-contract';

/** The assemblies API's shapes (assemblies and meetings), shared by the server and the web app (types only). */

export const MemberParam = z.object({ id: Id, memberId: Id });

// Assemblies

export const Rules = z
  .object({
    quorumKind: z.enum(QUORUM_KINDS).openapi({ description: '`share`: a percentage of the members who vote; `count`: a number' }),
    quorumValue: z.number().int().min(1).max(QUORUM_COUNT_MAX),
    majority: z.enum(MAJORITIES).openapi({ description: '`simple`: yes > no; `two_thirds` of yes and no; `consensus`: no block' }),
    proposers: z.enum(PROPOSERS),
    discussionHours: z.number().int().min(0).max(DISCUSSION_HOURS_MAX).openapi({ description: 'Before a vote may open' }),
    secretBallot: z.boolean().openapi({ description: 'Votes are secret ballots with a receipt for each voter' }),
  })
  .openapi('AssemblyRules');
export type Rules = z.infer<typeof Rules>;

export const AssemblyInput = z
  .object({
    name: z.string().trim().min(3).max(NAME_MAX),
    kind: z.enum(ASSEMBLY_KINDS),
    description: z.string().trim().max(DESCRIPTION_MAX).default(''),
    zoneId: Id.nullable().default(null),
    parentId: Id.nullable().default(null).openapi({ description: 'A federation this assembly sends delegates to (organisers set it)' }),
    delegateSeats: z.number().int().min(1).max(DELEGATE_SEATS_MAX).default(1),
    rules: Rules,
  })
  .openapi('AssemblyInput');
export type AssemblyInput = z.infer<typeof AssemblyInput>;
export type AssemblyInputFields = z.input<typeof AssemblyInput>;

export const AssemblySummary = AssemblyBrief.extend({
  description: z.string(),
  zone: Named.nullable(),
  parent: AssemblyBrief.nullable(),
  /** Members with a vote: delegates in a federation, everyone else elsewhere. */
  voters: z.number().int(),
  myRole: z.enum(ASSEMBLY_ROLES).nullable(),
  demo: z.boolean(),
}).openapi('AssemblySummary');
export type AssemblySummary = z.infer<typeof AssemblySummary>;
export const AssemblyList = z.object({ assemblies: z.array(AssemblySummary) }).openapi('AssemblyList');
export type AssemblyList = z.infer<typeof AssemblyList>;

export const AssemblyMember = z.object({ memberId: z.string(), name: z.string(), role: z.enum(ASSEMBLY_ROLES) }).openapi('AssemblyMember');
export type AssemblyMember = z.infer<typeof AssemblyMember>;

export const Decision = z
  .object({
    id: z.string(),
    proposalId: z.string(),
    summary: z.string(),
    outcome: ProposalBrief.shape.outcome.unwrap(),
    meetingId: z.string().nullable(),
    decidedAt: z.number(),
  })
  .openapi('AssemblyDecision');
export type Decision = z.infer<typeof Decision>;

export const Assembly = AssemblySummary.extend({
  rules: Rules,
  delegateSeats: z.number().int(),
  members: z.array(AssemblyMember),
  meetings: z.array(MeetingBrief),
  proposals: z.array(ProposalBrief).openapi({ description: 'In discussion or being voted on' }),
  decisions: z.array(Decision).openapi({ description: 'The decision log, newest first' }),
  children: z.array(AssemblyBrief).openapi({ description: 'Member assemblies (of a federation)' }),
  can: z.object({ manage: z.boolean(), propose: z.boolean(), join: z.boolean(), leave: z.boolean(), setParent: z.boolean() }),
}).openapi('Assembly');
export type Assembly = z.infer<typeof Assembly>;

export const MemberRoleInput = z.object({ role: z.enum(APPOINTED_ROLES) }).openapi('AssemblyMemberRoleInput');

// Meetings

export const MeetingInput = z
  .object({
    title: z.string().trim().min(3).max(TITLE_MAX),
    startsAt: Instant,
    place: z.string().trim().max(PLACE_MAX).default(''),
    agenda: z.array(z.string().trim().min(1).max(TITLE_MAX)).max(AGENDA_ITEMS_MAX).default([]),
  })
  .openapi('MeetingInput');
export type MeetingInput = z.infer<typeof MeetingInput>;
export type MeetingInputFields = z.input<typeof MeetingInput>;

export const AgendaInput = z
  .object({
    items: z
      .array(z.object({ title: z.string().trim().min(1).max(TITLE_MAX), proposalId: Id.nullable().default(null) }))
      .max(AGENDA_ITEMS_MAX),
  })
  .openapi('AgendaInput');
export type AgendaInput = z.infer<typeof AgendaInput>;
export type AgendaInputFields = z.input<typeof AgendaInput>;

export const MinutesInput = z
  .object({ minutes: z.string().max(MINUTES_MAX).openapi({ description: 'Markdown: headings, lists, bold, italic, links' }) })
  .openapi('MinutesInput');

export const CheckInInput = z
  .object({ memberId: Id.optional().openapi({ description: 'Whom a facilitator checks in; left out, the caller' }) })
  .strict()
  .openapi('CheckInInput');

export const ActionItemInput = z
  .object({
    text: z.string().trim().min(2).max(ACTION_TEXT_MAX),
    ownerId: Id.nullable().default(null),
    dueOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .default(null),
  })
  .openapi('ActionItemInput');
export type ActionItemInput = z.infer<typeof ActionItemInput>;
export const ActionItemDoneInput = z.object({ done: z.boolean() }).openapi('ActionItemDoneInput');

export const AgendaItem = z
  .object({ id: z.string(), position: z.number().int(), title: z.string(), proposal: ProposalBrief.nullable() })
  .openapi('AgendaItem');
export type AgendaItem = z.infer<typeof AgendaItem>;

export const ActionItem = z
  .object({ id: z.string(), text: z.string(), owner: Named.nullable(), dueOn: z.string().nullable(), doneAt: z.number().nullable() })
  .openapi('ActionItem');
export type ActionItem = z.infer<typeof ActionItem>;

export const Attendee = z.object({ memberId: z.string(), name: z.string(), checkedInAt: z.number() }).openapi('Attendee');

export const Meeting = MeetingBrief.extend({
  assembly: AssemblyBrief,
  openedAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  minutes: z.string(),
  agenda: z.array(AgendaItem),
  actionItems: z.array(ActionItem),
  proposals: z.array(ProposalBrief),
  /** Voting members checked in, against the quorum the assembly's rules ask for now. */
  present: z.number().int(),
  quorumRequired: z.number().int(),
  voters: z.number().int(),
  /** Who checked in: for the assembly's facilitators and organisers only. */
  attendance: z.array(Attendee).nullable(),
  mine: z.object({ member: z.boolean(), voter: z.boolean(), checkedIn: z.boolean() }),
  can: z.object({ manage: z.boolean() }),
  demo: z.boolean(),
}).openapi('Meeting');
export type Meeting = z.infer<typeof Meeting>;
