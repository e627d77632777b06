/**
 * Workers' and neighbourhood assemblies: who belongs, how they decide (their rules, set explicitly),
 * their meetings, proposals and votes, and the delegates a member assembly sends to its parent.
 */

export type AssemblyKind = 'workplace' | 'neighbourhood' | 'union_local' | 'federation';
export type QuorumKind = 'share' | 'count';
export type Majority = 'simple' | 'two_thirds' | 'consensus';
export type Proposers = 'any_member' | 'facilitators';
export type AssemblyRole = 'member' | 'facilitator' | 'delegate';
export type MeetingStatus = 'scheduled' | 'open' | 'closed';
export type ProposalKind = 'motion' | 'recall';
export type ProposalStatus = 'discussion' | 'voting' | 'decided' | 'withdrawn';
export type ProposalOutcome = 'passed' | 'failed' | 'blocked' | 'no_quorum';
export type VoteChoice = 'yes' | 'no' | 'abstain' | 'block';
export type MandateInstruction = 'yes' | 'no' | 'abstain' | 'free';

/** An assembly; `parentId` is the assembly it sends delegates to (neighbourhood → citywide, to any depth). */
export interface AssemblyTable {
  id: string;
  name: string;
  kind: AssemblyKind;
  description: string;
  zoneId: string | null;
  parentId: string | null;
  /** Quorum: `share` = percent of members (1–100), `count` = a number of members, counted from check-in. */
  quorumKind: QuorumKind;
  quorumValue: number;
  majority: Majority;
  proposers: Proposers;
  /** Hours a proposal stays in discussion before a vote may open. */
  discussionHours: number;
  /** 1: votes are secret ballots (elections' ballot box keeps who voted apart from what was voted). */
  secretBallot: number;
  /** Delegates this assembly elects to its parent. */
  delegateSeats: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/** Membership. A delegate sits in the parent assembly with role `delegate` while their mandate runs. */
export interface AssemblyMemberTable {
  assemblyId: string;
  memberId: string;
  role: AssemblyRole;
  /** The delegate seat that brought them in, for role `delegate`. */
  delegateId: string | null;
  joinedAt: number;
}

export interface AssemblyMeetingTable {
  id: string;
  assemblyId: string;
  title: string;
  startsAt: number;
  place: string;
  status: MeetingStatus;
  /** Markdown, written by a facilitator during or after the meeting. */
  minutes: string;
  openedAt: number | null;
  closedAt: number | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  demo: number;
}

export interface AssemblyAgendaItemTable {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  proposalId: string | null;
}

/** Check-in at a meeting: quorum is counted from these rows. */
export interface AssemblyAttendanceTable {
  meetingId: string;
  memberId: string;
  checkedInAt: number;
}

export interface AssemblyActionItemTable {
  id: string;
  meetingId: string;
  text: string;
  ownerId: string | null;
  dueOn: string | null;
  doneAt: number | null;
  createdAt: number;
}

export interface AssemblyProposalTable {
  id: string;
  assemblyId: string;
  meetingId: string | null;
  kind: ProposalKind;
  title: string;
  /** Markdown. */
  body: string;
  /** For a recall: the delegate it would remove. */
  delegateId: string | null;
  proposedBy: string | null;
  status: ProposalStatus;
  discussionEndsAt: number;
  votingOpenedAt: number | null;
  votingClosedAt: number | null;
  /** The rules in force when the vote opened (so a later rule change does not rewrite an outcome). */
  majority: Majority | null;
  secret: number;
  quorumRequired: number | null;
  presentCount: number | null;
  yes: number;
  no: number;
  abstain: number;
  block: number;
  /** 1: the counts were entered from a show of hands at the meeting. */
  handCount: number;
  outcome: ProposalOutcome | null;
  /** elections' ballot box holding the secret ballots. */
  ballotBoxId: string | null;
  decidedAt: number | null;
  createdAt: number;
  updatedAt: number;
  demo: number;
}

/** Discussion: comments, and amendments the proposer accepts or rejects. */
export interface AssemblyCommentTable {
  id: string;
  proposalId: string;
  memberId: string | null;
  kind: 'comment' | 'amendment';
  body: string;
  amendmentStatus: 'open' | 'accepted' | 'rejected' | null;
  createdAt: number;
}

/** Open (not secret) votes: who voted what, one per member. */
export interface AssemblyVoteTable {
  proposalId: string;
  memberId: string;
  choice: VoteChoice;
  castAt: number;
}

/** The decision log: one line per decided proposal, in order. */
export interface AssemblyDecisionTable {
  id: string;
  assemblyId: string;
  proposalId: string;
  meetingId: string | null;
  outcome: ProposalOutcome;
  summary: string;
  decidedAt: number;
}

/** A delegate seat: elected by a member assembly to its parent, until recalled or replaced. */
export interface AssemblyDelegateTable {
  id: string;
  memberAssemblyId: string;
  parentAssemblyId: string;
  memberId: string;
  electionId: string | null;
  electedAt: number;
  endedAt: number | null;
  endReason: 'recalled' | 'replaced' | 'resigned' | null;
  recallProposalId: string | null;
}

/** How the member assembly tells its delegate to vote on a named proposal of the parent. */
export interface AssemblyMandateTable {
  id: string;
  delegateId: string;
  proposalId: string;
  instruction: MandateInstruction;
  note: string;
  setAt: number;
  setBy: string | null;
}

/** A delegate reports back to the assembly that elected them. */
export interface AssemblyDelegateReportTable {
  id: string;
  delegateId: string;
  body: string;
  createdAt: number;
}

/** A delegate election run by a member assembly; the ranked ballots live in elections. */
export interface AssemblyDelegateElectionTable {
  id: string;
  assemblyId: string;
  electionId: string;
  seats: number;
  createdAt: number;
  /** Set once the winners have been seated. */
  seatedAt: number | null;
}

export interface AssembliesTables {
  assembly: AssemblyTable;
  assemblyMember: AssemblyMemberTable;
  assemblyMeeting: AssemblyMeetingTable;
  assemblyAgendaItem: AssemblyAgendaItemTable;
  assemblyAttendance: AssemblyAttendanceTable;
  assemblyActionItem: AssemblyActionItemTable;
  assemblyProposal: AssemblyProposalTable;
  assemblyComment: AssemblyCommentTable;
  assemblyVote: AssemblyVoteTable;
  assemblyDecision: AssemblyDecisionTable;
  assemblyDelegate: AssemblyDelegateTable;
  assemblyMandate: AssemblyMandateTable;
  assemblyDelegateReport: AssemblyDelegateReportTable;
  assemblyDelegateElection: AssemblyDelegateElectionTable;
}
