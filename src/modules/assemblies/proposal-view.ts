import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { hasVoted, votersOf } from '../elections';
import { displayNamesOf } from '../members';
import { assemblyAccess, votesIn } from './access';
import { voterCountOf } from './assemblies-repository';
import type { Proposal } from './contract';
import { findMeeting, hasCheckedIn, presentVoters } from './meetings-repository';
import { quorumRequired, tallyOf } from './outcome';
import { assemblyBrief, proposalBrief } from './present';
import { commentsOf, delegatesByIds, findProposal, findVote, openVoteChoices } from './proposals-repository';
import type { AssemblyProposalTable, AssemblyTable } from './schema';

/** Who is present for a vote now: checked in at its meeting, or (online) who has voted. */
export async function presentFor(ctx: AppContext, proposal: AssemblyProposalTable, voted: number): Promise<number> {
  return proposal.meetingId ? presentVoters(ctx.db, proposal.meetingId) : voted;
}

/** How many have voted: open votes are rows of their own, secret ones are the ballot box's voters. */
async function votedCount(ctx: AppContext, proposal: AssemblyProposalTable): Promise<number> {
  if (proposal.ballotBoxId) return (await votersOf(ctx.db, proposal.ballotBoxId)).length;
  return (await openVoteChoices(ctx.db, proposal.id)).length;
}

/**
 * The live figures of a vote. Secret ballots are counted only when the box closes: counts that moved
 * with each ballot, beside the list of who has voted, would tell who voted what.
 */
async function liveFigures(ctx: AppContext, proposal: AssemblyProposalTable, assembly: AssemblyTable) {
  if (proposal.status === 'decided')
    return {
      present: proposal.presentCount ?? 0,
      voted: proposal.handCount ? proposal.yes + proposal.no + proposal.abstain + proposal.block : await votedCount(ctx, proposal),
      counts: { yes: proposal.yes, no: proposal.no, abstain: proposal.abstain, block: proposal.block },
      quorumRequired: proposal.quorumRequired ?? 0,
    };
  const voted = proposal.status === 'voting' ? await votedCount(ctx, proposal) : 0;
  const counts = proposal.status === 'voting' && !proposal.secret ? tallyOf(await openVoteChoices(ctx.db, proposal.id)) : null;
  const required = proposal.quorumRequired ?? quorumRequired(assembly, await voterCountOf(ctx.db, assembly.id));
  return { present: await presentFor(ctx, proposal, voted), voted, counts, quorumRequired: required };
}

async function myPart(ctx: AppContext, proposal: AssemblyProposalTable, viewer: Principal) {
  const [open, secret, checkedIn] = await Promise.all([
    findVote(ctx.db, proposal.id, viewer.memberId),
    proposal.ballotBoxId ? hasVoted(ctx.db, proposal.ballotBoxId, viewer.memberId) : false,
    proposal.meetingId ? hasCheckedIn(ctx.db, proposal.meetingId, viewer.memberId) : false,
  ]);
  return { choice: open?.choice ?? null, voted: open !== undefined || secret, checkedIn };
}

export async function presentProposal(ctx: AppContext, viewer: Principal, id: string): Promise<Proposal> {
  const proposal = await findProposal(ctx.db, id);
  if (!proposal) throw notFound('Proposal');
  const { assembly, membership, manages } = await assemblyAccess(ctx.db, viewer, proposal.assemblyId);
  const [meeting, comments, delegates, figures, mine] = await Promise.all([
    proposal.meetingId ? findMeeting(ctx.db, proposal.meetingId) : undefined,
    commentsOf(ctx.db, id),
    delegatesByIds(ctx.db, proposal.delegateId ? [proposal.delegateId] : []),
    liveFigures(ctx, proposal, assembly),
    myPart(ctx, proposal, viewer),
  ]);
  const names = await displayNamesOf(ctx.db, [
    proposal.proposedBy,
    ...comments.map((c) => c.memberId),
    ...delegates.map((d) => d.memberId),
  ]);
  const named = (memberId: string | null) => (memberId ? { id: memberId, name: names.get(memberId) ?? '' } : null);
  const delegate = delegates[0];
  const participant = manages || membership !== undefined;
  return {
    ...proposalBrief(proposal),
    assembly: assemblyBrief(assembly),
    meeting: meeting ? { id: meeting.id, title: meeting.title, status: meeting.status } : null,
    body: proposal.body,
    delegate: delegate ? { id: delegate.id, name: names.get(delegate.memberId) ?? '' } : null,
    proposedBy: named(proposal.proposedBy),
    votingOpenedAt: proposal.votingOpenedAt,
    votingClosedAt: proposal.votingClosedAt,
    decidedAt: proposal.decidedAt,
    majority: proposal.majority ?? assembly.majority,
    secret: proposal.votingOpenedAt === null ? assembly.secretBallot === 1 : proposal.secret === 1,
    ...figures,
    handCount: proposal.handCount === 1,
    comments: comments.map((c) => ({
      id: c.id,
      kind: c.kind,
      body: c.body,
      author: named(c.memberId),
      amendmentStatus: c.amendmentStatus,
      createdAt: c.createdAt,
    })),
    ballotsPublished: proposal.status === 'decided' && proposal.ballotBoxId !== null && proposal.handCount === 0,
    mine: { voter: votesIn(assembly, membership), ...mine },
    can: {
      manage: manages,
      comment: participant && (proposal.status === 'discussion' || proposal.status === 'voting'),
      answerAmendments: manages || (proposal.proposedBy !== null && proposal.proposedBy === viewer.memberId),
    },
    demo: proposal.demo === 1,
  };
}
