import type { AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { ballotsOf, castSecretBallot, closeBallotBox, votersOf } from '../elections';
import { assemblyAccess, requireManager, votesIn } from './access';
import type { BallotList, HandCountFields, VoteResult } from './contract';
import { endDelegateByRecall } from './delegates/recall';
import { hasCheckedIn, presentVoters } from './meetings-repository';
import { choiceAllowed, outcomeOf, type Tally, tallyOf } from './outcome';
import { presentProposal } from './proposal-view';
import { insertDecision, lockProposal, openVoteChoices, updateProposal, upsertVote } from './proposals-repository';
import { proposalChange, proposalOf } from './proposals-service';
import type { AssemblyProposalTable, VoteChoice } from './schema';

/**
 * Votes: open ones (a member may change theirs until the close), secret ballots through elections'
 * ballot box (who voted kept apart from what was voted, a receipt for the voter), or a facilitator's
 * hand count at the meeting. The server computes the outcome from the rules written on the proposal.
 */

/** Only members with a vote (delegates, in a federation) vote; at a meeting, once they have checked in. */
export async function castVote(ctx: AppContext, actor: Principal, id: string, choice: VoteChoice): Promise<VoteResult> {
  const proposal = await proposalOf(ctx, id);
  const { assembly, membership } = await assemblyAccess(ctx.db, actor, proposal.assemblyId);
  if (!votesIn(assembly, membership))
    throw forbidden(
      assembly.kind === 'federation' ? "In a federation, its member assemblies' delegates vote." : 'Join this assembly to vote.',
      'not_a_voter',
    );
  if (proposal.meetingId && !(await hasCheckedIn(ctx.db, proposal.meetingId, actor.memberId)))
    throw conflict('not_checked_in', 'Check in at the meeting first: this vote is held there.');
  let receipt: string | null = null;
  await ctx.db.transaction().execute(async (tx) => {
    const locked = await lockedVoting(tx, id);
    if (!choiceAllowed(locked.majority ?? 'simple', choice))
      throw badRequest('block_needs_consensus', 'Blocking is an option under consensus only.', 'choice');
    if (locked.ballotBoxId) {
      receipt = (await castSecretBallot(tx, locked.ballotBoxId, actor.memberId, { choice })).receipt;
      await audit(ctx, tx, { actor, action: 'assembly_proposal.ballot_cast', objectType: 'assembly_proposal', objectId: id });
    } else {
      await upsertVote(tx, id, actor.memberId, choice, ctx.clock.now());
      await audit(ctx, tx, { actor, action: 'assembly_proposal.vote_cast', objectType: 'assembly_proposal', objectId: id });
    }
  });
  return { receipt, proposal: await presentProposal(ctx, actor, id) };
}

async function lockedVoting(tx: Db, id: string) {
  const locked = await lockProposal(tx, id);
  if (!locked) throw notFound('Proposal');
  if (locked.status !== 'voting') throw conflict('vote_not_open', 'This vote is not open.');
  return locked;
}

/**
 * Writes the outcome, the counts and who was present on the proposal, and a line in the decision log;
 * a recall that passes ends the delegate's seat in the same transaction.
 */
async function decide(
  ctx: AppContext,
  tx: Db,
  actor: Principal,
  proposal: AssemblyProposalTable,
  tally: Tally,
  present: number,
  hand: boolean,
) {
  const now = ctx.clock.now();
  const outcome = outcomeOf(proposal.majority ?? 'simple', tally, present, proposal.quorumRequired ?? 1);
  await updateProposal(tx, proposal.id, {
    status: 'decided',
    ...tally,
    presentCount: present,
    handCount: hand ? 1 : 0,
    outcome,
    votingClosedAt: now,
    decidedAt: now,
    updatedAt: now,
  });
  await insertDecision(tx, {
    id: ctx.ids.next(),
    assemblyId: proposal.assemblyId,
    proposalId: proposal.id,
    meetingId: proposal.meetingId,
    outcome,
    summary: proposal.title,
    decidedAt: now,
  });
  if (proposal.kind === 'recall' && outcome === 'passed' && proposal.delegateId)
    await endDelegateByRecall(tx, ctx, { delegateId: proposal.delegateId, proposalId: proposal.id, actor });
}

/** A facilitator closes the vote: the ballots or votes are counted, quorum checked, and the outcome recorded. */
export async function closeVote(ctx: AppContext, actor: Principal, id: string) {
  const proposal = await proposalOf(ctx, id);
  await requireManager(ctx.db, actor, proposal.assemblyId);
  return proposalChange(ctx, actor, id, 'assembly_proposal.vote_closed', ['voting'], async (tx, locked) => {
    let choices: VoteChoice[];
    let voters: number;
    if (locked.ballotBoxId) {
      await closeBallotBox(tx, locked.ballotBoxId, ctx.clock.now());
      choices = (await ballotsOf<{ choice: VoteChoice }>(tx, locked.ballotBoxId)).map((b) => b.content.choice);
      voters = (await votersOf(tx, locked.ballotBoxId)).length;
    } else {
      choices = await openVoteChoices(tx, id);
      voters = choices.length;
    }
    const present = locked.meetingId ? await presentVoters(tx, locked.meetingId) : voters;
    await decide(ctx, tx, actor, locked, tallyOf(choices), present, false);
  });
}

/**
 * At the meeting, a facilitator may count hands instead: the figures, never more than the voting
 * members checked in, close the vote. Not once anyone has voted in the app.
 */
export async function recordHandCount(ctx: AppContext, actor: Principal, id: string, figures: Required<HandCountFields>) {
  const proposal = await proposalOf(ctx, id);
  await requireManager(ctx.db, actor, proposal.assemblyId);
  return proposalChange(ctx, actor, id, 'assembly_proposal.hand_counted', ['voting'], async (tx, locked) => {
    if (!locked.meetingId) throw conflict('hand_count_needs_meeting', 'Hands are counted at a meeting; this vote is online.');
    if (!choiceAllowed(locked.majority ?? 'simple', 'block') && figures.block > 0)
      throw badRequest('block_needs_consensus', 'Blocking is an option under consensus only.', 'block');
    const cast = locked.ballotBoxId ? (await votersOf(tx, locked.ballotBoxId)).length : (await openVoteChoices(tx, id)).length;
    if (cast > 0) throw conflict('votes_already_cast', 'Members have already voted in the app: close the vote to count them.');
    const present = await presentVoters(tx, locked.meetingId);
    if (figures.yes + figures.no + figures.abstain + figures.block > present)
      throw badRequest('hand_count_over_present', 'More hands were counted than voting members checked in.', 'yes');
    if (locked.ballotBoxId) await closeBallotBox(tx, locked.ballotBoxId, ctx.clock.now());
    await decide(ctx, tx, actor, locked, figures, present, true);
  });
}

/** The anonymous ballots of a closed secret vote, in receipt order: voters find theirs with their receipt. */
export async function publishedBallots(ctx: AppContext, actor: Principal, id: string): Promise<BallotList> {
  const proposal = await proposalOf(ctx, id);
  await assemblyAccess(ctx.db, actor, proposal.assemblyId);
  if (!proposal.ballotBoxId || proposal.handCount === 1) throw notFound('Ballot list');
  if (proposal.status !== 'decided') throw conflict('ballots_not_published', 'The ballots are published when the vote closes.');
  const ballots = await ballotsOf<{ choice: VoteChoice }>(ctx.db, proposal.ballotBoxId);
  return { proposalId: id, ballots: ballots.map((b) => ({ receipt: b.receipt, choice: b.content.choice })) };
}
