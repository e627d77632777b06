import { z } from '@hono/zod-openapi';
import { AssemblyBrief, Id, Named } from './contract-base';
import {
  AMENDMENT_STATUSES,
  COMMENT_KINDS,
  COMMENT_MAX,
  HAND_COUNT_MAX,
  MAJORITIES,
  MEETING_STATUSES,
  OUTCOMES,
  PROPOSAL_BODY_MAX,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  TITLE_MAX,
  VOTE_CHOICES,
} from './limits';

/** The assemblies API's shapes for proposals, discussion and votes. */

export const ProposalBrief = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    status: z.enum(PROPOSAL_STATUSES),
    meetingId: z.string().nullable(),
    discussionEndsAt: z.number(),
    outcome: z.enum(OUTCOMES).nullable(),
  })
  .openapi('ProposalBrief');
export type ProposalBrief = z.infer<typeof ProposalBrief>;

export const ProposalInput = z
  .object({
    assemblyId: Id,
    meetingId: Id.nullable()
      .default(null)
      .openapi({ description: 'The meeting that votes on it (quorum from its check-ins); null: online' }),
    kind: z.enum(PROPOSAL_KINDS).default('motion'),
    title: z.string().trim().min(3).max(TITLE_MAX),
    body: z.string().max(PROPOSAL_BODY_MAX).default('').openapi({ description: 'Markdown' }),
    delegateId: Id.nullable().default(null).openapi({ description: 'For a recall: the delegate it would remove' }),
  })
  .openapi('ProposalInput');
export type ProposalInput = z.infer<typeof ProposalInput>;
export type ProposalInputFields = z.input<typeof ProposalInput>;

export const ProposalMeetingInput = z.object({ meetingId: Id.nullable() }).openapi('ProposalMeetingInput');

export const CommentInput = z
  .object({ kind: z.enum(COMMENT_KINDS).default('comment'), body: z.string().trim().min(1).max(COMMENT_MAX) })
  .openapi('CommentInput');
export const AmendmentDecisionInput = z.object({ status: z.enum(['accepted', 'rejected']) }).openapi('AmendmentDecisionInput');

export const VoteInput = z.object({ choice: z.enum(VOTE_CHOICES) }).openapi('VoteInput');

const HandFigure = z.number().int().min(0).max(HAND_COUNT_MAX);
export const HandCountInput = z
  .object({ yes: HandFigure, no: HandFigure, abstain: HandFigure, block: HandFigure.default(0) })
  .openapi('HandCountInput');
export type HandCountFields = z.input<typeof HandCountInput>;

export const Counts = z
  .object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int(), block: z.number().int() })
  .openapi('VoteCounts');
export type Counts = z.infer<typeof Counts>;

export const Comment = z
  .object({
    id: z.string(),
    kind: z.enum(COMMENT_KINDS),
    body: z.string(),
    author: Named.nullable(),
    amendmentStatus: z.enum(AMENDMENT_STATUSES).nullable(),
    createdAt: z.number(),
  })
  .openapi('ProposalComment');
export type Comment = z.infer<typeof Comment>;

export const Proposal = ProposalBrief.extend({
  assembly: AssemblyBrief,
  meeting: z.object({ id: z.string(), title: z.string(), status: z.enum(MEETING_STATUSES) }).nullable(),
  body: z.string(),
  delegate: Named.nullable().openapi({ description: 'For a recall: the delegate it would remove' }),
  proposedBy: Named.nullable(),
  votingOpenedAt: z.number().nullable(),
  votingClosedAt: z.number().nullable(),
  decidedAt: z.number().nullable(),
  /** The rules in force when the vote opened; before that, the assembly's rules now. */
  majority: z.enum(MAJORITIES),
  secret: z.boolean(),
  quorumRequired: z.number().int(),
  /** Voting members present: checked in at its meeting, or (online) who voted; the figure recorded at the close once decided. */
  present: z.number().int(),
  /** How many have voted so far. */
  voted: z.number().int(),
  /** Null while a secret ballot is open: its count is made when it closes. */
  counts: Counts.nullable(),
  handCount: z.boolean(),
  comments: z.array(Comment),
  /** Published once a secret ballot has closed. */
  ballotsPublished: z.boolean(),
  mine: z.object({
    /** The caller may vote on it (a member of the assembly; in a federation a delegate). */
    voter: z.boolean(),
    /** The caller's open vote (never a secret one). */
    choice: z.enum(VOTE_CHOICES).nullable(),
    voted: z.boolean(),
    checkedIn: z.boolean(),
  }),
  can: z.object({ manage: z.boolean(), comment: z.boolean(), answerAmendments: z.boolean() }),
  demo: z.boolean(),
}).openapi('Proposal');
export type Proposal = z.infer<typeof Proposal>;

export const VoteResult = z
  .object({
    receipt: z
      .string()
      .nullable()
      .openapi({ description: "A secret ballot's receipt, shown once: it finds the ballot in the published list. Null for an open vote" }),
    proposal: Proposal,
  })
  .openapi('VoteResult');
export type VoteResult = z.infer<typeof VoteResult>;

export const BallotList = z
  .object({
    proposalId: z.string(),
    ballots: z.array(z.object({ receipt: z.string(), choice: z.enum(VOTE_CHOICES) })).openapi({ description: 'In receipt order' }),
  })
  .openapi('BallotList');
export type BallotList = z.infer<typeof BallotList>;
