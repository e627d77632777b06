import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { openBallotBox } from '../elections';
import { mayPropose, requireManager, requireParticipant } from './access';
import { voterCountOf } from './assemblies-repository';
import type { Proposal, ProposalInput } from './contract';
import { findMeeting, insertAgendaItem, nextAgendaPosition } from './meetings-repository';
import { quorumRequired } from './outcome';
import { presentProposal } from './proposal-view';
import {
  findComment,
  findProposal,
  findSittingDelegate,
  insertComment,
  insertProposal,
  lockProposal,
  setAmendmentStatus,
  updateProposal,
} from './proposals-repository';
import type { AssemblyProposalTable } from './schema';

/** Proposals: put forward by members (or facilitators, as the rules say), discussed and amended, then voted on. */

/** A proposal's meeting is one of its assembly's meetings that has not closed. */
async function checkMeeting(db: Db, assemblyId: string, meetingId: string | null) {
  if (!meetingId) return;
  const meeting = await findMeeting(db, meetingId);
  if (!meeting || meeting.assemblyId !== assemblyId)
    throw badRequest('unknown_meeting', 'There is no such meeting in this assembly.', 'meetingId');
  if (meeting.status === 'closed') throw conflict('meeting_closed', 'This meeting is closed.', 'meetingId');
}

export async function createProposal(ctx: AppContext, actor: Principal, input: ProposalInput, opts: { demo?: boolean } = {}) {
  const { assembly, membership } = await requireParticipant(ctx.db, actor, input.assemblyId);
  if (!mayPropose(assembly, actor, membership))
    throw forbidden("This assembly's rules let only its facilitators make proposals.", 'proposers_facilitators');
  await checkMeeting(ctx.db, assembly.id, input.meetingId);
  if (input.kind === 'recall' && !(input.delegateId && (await findSittingDelegate(ctx.db, input.delegateId, assembly.id))))
    throw badRequest('unknown_delegate', 'A recall names a delegate this assembly elected and who still holds the seat.', 'delegateId');
  const now = ctx.clock.now();
  const row: AssemblyProposalTable = {
    id: ctx.ids.next(),
    assemblyId: assembly.id,
    meetingId: input.meetingId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    delegateId: input.kind === 'recall' ? input.delegateId : null,
    proposedBy: actor.memberId,
    status: 'discussion',
    discussionEndsAt: now + assembly.discussionHours * HOUR,
    votingOpenedAt: null,
    votingClosedAt: null,
    majority: null,
    secret: 0,
    quorumRequired: null,
    presentCount: null,
    yes: 0,
    no: 0,
    abstain: 0,
    block: 0,
    handCount: 0,
    outcome: null,
    ballotBoxId: null,
    decidedAt: null,
    createdAt: now,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertProposal(tx, row);
    if (row.meetingId) await addToAgenda(ctx, tx, row.meetingId, row);
    await audit(ctx, tx, { actor, action: `assembly_proposal.created:${row.kind}`, objectType: 'assembly_proposal', objectId: row.id });
  });
  return presentProposal(ctx, actor, row.id);
}

async function addToAgenda(ctx: AppContext, tx: Db, meetingId: string, proposal: Pick<AssemblyProposalTable, 'id' | 'title'>) {
  const position = await nextAgendaPosition(tx, meetingId);
  await insertAgendaItem(tx, { id: ctx.ids.next(), meetingId, position, title: proposal.title, proposalId: proposal.id });
}

export const getProposal = (ctx: AppContext, viewer: Principal, id: string) => presentProposal(ctx, viewer, id);

/** The proposal, or a 404. */
export async function proposalOf(ctx: AppContext, id: string) {
  const proposal = await findProposal(ctx.db, id);
  if (!proposal) throw notFound('Proposal');
  return proposal;
}

/**
 * Runs `change` on the locked proposal with its audit entry; the proposal must still be in one of
 * `statuses` once locked.
 */
export async function proposalChange(
  ctx: AppContext,
  actor: Principal,
  id: string,
  action: string,
  statuses: AssemblyProposalTable['status'][],
  change: (tx: Db, proposal: AssemblyProposalTable) => Promise<unknown>,
): Promise<Proposal> {
  await ctx.db.transaction().execute(async (tx) => {
    const proposal = await lockProposal(tx, id);
    if (!proposal) throw notFound('Proposal');
    if (!statuses.includes(proposal.status)) throw wrongStatus[proposal.status]();
    await change(tx, proposal);
    await audit(ctx, tx, { actor, action, objectType: 'assembly_proposal', objectId: id });
  });
  return presentProposal(ctx, actor, id);
}

const wrongStatus: Record<AssemblyProposalTable['status'], () => Error> = {
  discussion: () => conflict('vote_not_open', 'This proposal is still in discussion: its vote has not opened.'),
  voting: () => conflict('proposal_voting', 'This proposal is being voted on.'),
  decided: () => conflict('proposal_decided', 'This proposal has been decided.'),
  withdrawn: () => conflict('proposal_withdrawn', 'This proposal was withdrawn.'),
};

/** Members discuss while a proposal is open; amendments are proposed during the discussion only. */
export async function addComment(ctx: AppContext, actor: Principal, id: string, input: { kind: 'comment' | 'amendment'; body: string }) {
  const proposal = await proposalOf(ctx, id);
  await requireParticipant(ctx.db, actor, proposal.assemblyId);
  const statuses: AssemblyProposalTable['status'][] = input.kind === 'amendment' ? ['discussion'] : ['discussion', 'voting'];
  return proposalChange(ctx, actor, id, `assembly_proposal.${input.kind}_added`, statuses, (tx) =>
    insertComment(tx, {
      id: ctx.ids.next(),
      proposalId: id,
      memberId: actor.memberId,
      kind: input.kind,
      body: input.body,
      amendmentStatus: input.kind === 'amendment' ? 'open' : null,
      createdAt: ctx.clock.now(),
    }),
  );
}

/** The proposer (or a facilitator) accepts an amendment into the proposal, or rejects it, before the vote. */
export async function answerAmendment(ctx: AppContext, actor: Principal, commentId: string, status: 'accepted' | 'rejected') {
  const comment = await findComment(ctx.db, commentId);
  if (comment?.kind !== 'amendment') throw notFound('Amendment');
  const proposal = await proposalOf(ctx, comment.proposalId);
  if (proposal.proposedBy !== actor.memberId) await requireManager(ctx.db, actor, proposal.assemblyId);
  return proposalChange(ctx, actor, proposal.id, `assembly_proposal.amendment_${status}`, ['discussion'], (tx) =>
    setAmendmentStatus(tx, commentId, status),
  );
}

export async function withdrawProposal(ctx: AppContext, actor: Principal, id: string) {
  const proposal = await proposalOf(ctx, id);
  if (proposal.proposedBy !== actor.memberId) await requireManager(ctx.db, actor, proposal.assemblyId);
  return proposalChange(ctx, actor, id, 'assembly_proposal.withdrawn', ['discussion'], (tx) =>
    updateProposal(tx, id, { status: 'withdrawn', updatedAt: ctx.clock.now() }),
  );
}

/** Facilitators move a proposal in discussion to another meeting (or online, with null). */
export async function moveProposal(ctx: AppContext, actor: Principal, id: string, meetingId: string | null) {
  const proposal = await proposalOf(ctx, id);
  await requireManager(ctx.db, actor, proposal.assemblyId);
  await checkMeeting(ctx.db, proposal.assemblyId, meetingId);
  return proposalChange(ctx, actor, id, 'assembly_proposal.moved', ['discussion'], async (tx, locked) => {
    if (locked.meetingId === meetingId) return;
    await updateProposal(tx, id, { meetingId, updatedAt: ctx.clock.now() });
    if (meetingId) await addToAgenda(ctx, tx, meetingId, locked);
  });
}

/**
 * A facilitator opens the vote once the discussion period is over, at the proposal's meeting while it
 * is open. The rules in force now are written on the proposal: a later change of rules does not touch it.
 */
export async function openVote(ctx: AppContext, actor: Principal, id: string) {
  const proposal = await proposalOf(ctx, id);
  const { assembly } = await requireManager(ctx.db, actor, proposal.assemblyId);
  const now = ctx.clock.now();
  if (now < proposal.discussionEndsAt) throw conflict('discussion_not_over', 'The discussion period set by the rules has not ended yet.');
  const voters = await voterCountOf(ctx.db, assembly.id);
  return proposalChange(ctx, actor, id, 'assembly_proposal.vote_opened', ['discussion'], async (tx, locked) => {
    if (locked.meetingId && (await findMeeting(tx, locked.meetingId))?.status !== 'open')
      throw conflict('meeting_not_open', "The vote opens at the proposal's meeting, while it is open.");
    const secret = assembly.secretBallot === 1;
    await updateProposal(tx, id, {
      status: 'voting',
      votingOpenedAt: now,
      majority: assembly.majority,
      secret: secret ? 1 : 0,
      quorumRequired: quorumRequired(assembly, voters),
      ballotBoxId: secret ? await openBallotBox(ctx, tx, 'proposal') : null,
      updatedAt: now,
    });
  });
}
