import { z } from '@hono/zod-openapi';
import { ELECTION_PHASES } from '../../elections/limits';
import { AssemblyBrief, Id, IdParam, Instant, Named } from '../contract-base';
import { ProposalBrief } from '../proposal-contract';
import { DELEGATE_ELECTION_TITLE_MAX, DELEGATE_END_REASONS, MANDATE_INSTRUCTIONS, MANDATE_NOTE_MAX, REPORT_BODY_MAX } from './limits';

export * from './limits';

/** The delegates API's shapes: delegate elections, the delegate board, mandates and reports. */

export { IdParam };
export const ElectionParam = z.object({ id: Id, electionId: Id });
export const DelegateParam = z.object({ delegateId: Id });
export const MandateParam = z.object({ delegateId: Id, proposalId: Id });

export const StartDelegateElectionInput = z
  .object({
    title: z.string().trim().min(3).max(DELEGATE_ELECTION_TITLE_MAX),
    candidateIds: z
      .array(Id)
      .max(40)
      .default([])
      .openapi({ description: 'Members of the assembly put forward now; others may stand until voting opens' }),
    opensAt: Instant.optional().openapi({ description: 'When voting opens (now when left out); until then members may stand' }),
    closesAt: Instant.nullable().default(null).openapi({ description: 'No ballots after this; a facilitator still closes and counts' }),
  })
  .openapi('StartDelegateElectionInput');
export type StartDelegateElectionInput = z.infer<typeof StartDelegateElectionInput>;
export type StartDelegateElectionFields = z.input<typeof StartDelegateElectionInput>;

export const CandidateInput = z
  .object({ memberId: Id.openapi({ description: 'Oneself, to stand; a facilitator may put forward any member of the assembly' }) })
  .openapi('DelegateCandidateInput');

export const DelegateElection = z
  .object({
    electionId: z.string(),
    assemblyId: z.string(),
    title: z.string(),
    seats: z.number().int(),
    phase: z.enum(ELECTION_PHASES),
    opensAt: z.number(),
    closesAt: z.number().nullable(),
    candidates: z.array(z.object({ id: z.string(), name: z.string(), memberId: z.string().nullable() })),
    ballotsCast: z.number().int(),
    /** Members elected, once counted and seated. */
    seated: z.array(Named),
    seatedAt: z.number().nullable(),
  })
  .openapi('DelegateElection');
export type DelegateElection = z.infer<typeof DelegateElection>;

export const DelegateElectionList = z
  .object({
    elections: z.array(DelegateElection),
    assembly: AssemblyBrief,
    parent: AssemblyBrief.nullable(),
    seats: z.number().int(),
    /** The caller runs this assembly (facilitator or organiser). */
    manages: z.boolean(),
    /** The caller may stand (a member of the assembly). */
    mayStand: z.boolean(),
    /** Who may stand: the assembly's members. */
    members: z.array(Named),
  })
  .openapi('DelegateElectionList');
export type DelegateElectionList = z.infer<typeof DelegateElectionList>;

export const Mandate = z
  .object({
    proposal: ProposalBrief,
    instruction: z.enum(MANDATE_INSTRUCTIONS),
    note: z.string(),
    setAt: z.number(),
  })
  .openapi('Mandate');
export type Mandate = z.infer<typeof Mandate>;

export const MandateInput = z
  .object({
    instruction: z.enum(MANDATE_INSTRUCTIONS).openapi({ description: '`free`: the delegate decides' }),
    note: z.string().trim().max(MANDATE_NOTE_MAX).default(''),
  })
  .openapi('MandateInput');
export type MandateInput = z.infer<typeof MandateInput>;
export type MandateFields = z.input<typeof MandateInput>;

export const DelegateReport = z.object({ id: z.string(), body: z.string(), createdAt: z.number() }).openapi('DelegateReport');
export type DelegateReport = z.infer<typeof DelegateReport>;
export const DelegateReportList = z.object({ reports: z.array(DelegateReport) }).openapi('DelegateReportList');
export const ReportInput = z
  .object({ body: z.string().trim().min(1).max(REPORT_BODY_MAX).openapi({ description: 'Markdown' }) })
  .openapi('DelegateReportInput');
export type ReportInput = z.infer<typeof ReportInput>;

export const Delegate = z
  .object({
    id: z.string(),
    member: Named,
    memberAssembly: AssemblyBrief,
    parentAssembly: AssemblyBrief,
    electedAt: z.number(),
    endedAt: z.number().nullable(),
    endReason: z.enum(DELEGATE_END_REASONS).nullable(),
    mandates: z.array(Mandate),
    latestReport: DelegateReport.nullable(),
    /** The caller is this delegate (may report back). */
    isMe: z.boolean(),
    /** The caller runs the member assembly (may set mandates). */
    mayInstruct: z.boolean(),
    /** The caller may propose, in the member assembly, to recall this delegate. */
    mayProposeRecall: z.boolean(),
  })
  .openapi('Delegate');
export type Delegate = z.infer<typeof Delegate>;

export const DelegateBoard = z
  .object({
    assembly: AssemblyBrief,
    parent: AssemblyBrief.nullable(),
    /** For a parent assembly: each member assembly with its seats and sitting delegates. */
    memberAssemblies: z.array(z.object({ assembly: AssemblyBrief, seats: z.number().int(), delegates: z.array(Delegate) })),
    /** Delegates who sat here and no longer do, latest first. */
    ended: z.array(Delegate),
    /** For a member assembly: the delegates it sends to its parent now. */
    ours: z.array(Delegate),
    /** Open proposals of the assembly the delegates listed sit in, for mandates: this one's and its parent's. */
    openProposals: z.array(ProposalBrief),
    parentOpenProposals: z.array(ProposalBrief),
  })
  .openapi('DelegateBoard');
export type DelegateBoard = z.infer<typeof DelegateBoard>;
