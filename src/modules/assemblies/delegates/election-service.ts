import type { AppContext } from '../../../context';
import { badRequest, conflict, forbidden, notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { addCandidate, closeElection, createElection, openVoting } from '../../elections';
import { displayNamesOf } from '../../members';
import { assemblyAccess, requireManager } from '../access';
import { findAssembly, findMembership, membersOf } from '../assemblies-repository';
import type { DelegateElection, DelegateElectionList, StartDelegateElectionInput } from './contract';
import { presentDelegateElections } from './present-elections';
import { findDelegateElection, insertDelegateElection, lockAssembly, markSeated, runningDelegateElections } from './repository';
import { seatWinners } from './seating';

/**
 * A member assembly elects its delegates to its parent by ranked ballot: a facilitator starts the
 * election, members stand (or are put forward) until voting opens, members vote in secret, and a
 * facilitator closes it — the count seats the winners in the parent in the same transaction.
 */

const ELECTIONS_SHOWN = 20;

export async function listDelegateElections(ctx: AppContext, viewer: Principal, assemblyId: string): Promise<DelegateElectionList> {
  const { assembly, membership, manages } = await assemblyAccess(ctx.db, viewer, assemblyId);
  const parent = assembly.parentId ? await findAssembly(ctx.db, assembly.parentId) : undefined;
  const members = await membersOf(ctx.db, assemblyId);
  const names = await displayNamesOf(
    ctx.db,
    members.map((m) => m.memberId),
  );
  return {
    elections: await presentDelegateElections(ctx, assemblyId, ELECTIONS_SHOWN),
    assembly: { id: assembly.id, name: assembly.name, kind: assembly.kind },
    parent: parent ? { id: parent.id, name: parent.name, kind: parent.kind } : null,
    seats: assembly.delegateSeats,
    manages,
    mayStand: membership !== undefined,
    members: members.map((m) => ({ id: m.memberId, name: names.get(m.memberId) ?? '' })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function delegateElection(ctx: AppContext, assemblyId: string, electionId: string): Promise<DelegateElection> {
  const found = (await presentDelegateElections(ctx, assemblyId, ELECTIONS_SHOWN, electionId))[0];
  if (!found) throw notFound('Delegate election');
  return found;
}

async function requireCandidateMembers(db: Db, assemblyId: string, memberIds: readonly string[]) {
  const names = await displayNamesOf(db, memberIds);
  for (const [i, id] of memberIds.entries()) {
    if (!(await findMembership(db, assemblyId, id)) || !names.has(id))
      throw badRequest('not_assembly_member', 'Candidates must be members of the assembly.', `candidateIds.${i}`);
  }
  return names;
}

export async function startDelegateElection(
  ctx: AppContext,
  actor: Principal,
  assemblyId: string,
  input: StartDelegateElectionInput,
  opts: { demo?: boolean } = {},
) {
  const { assembly } = await requireManager(ctx.db, actor, assemblyId);
  if (!assembly.parentId) throw conflict('no_parent_assembly', 'This assembly sends no delegates: it belongs to no federation.');
  const now = ctx.clock.now();
  const opensAt = input.opensAt ?? now;
  if (input.closesAt !== null && input.closesAt <= Math.max(opensAt, now))
    throw badRequest('invalid_closes_at', 'Voting must close after it opens.', 'closesAt');
  const candidateIds = [...new Set(input.candidateIds)];
  if (opensAt <= now && candidateIds.length === 0)
    throw badRequest('no_candidates', 'Nobody stands yet: add a candidate first.', 'candidateIds');
  const names = await requireCandidateMembers(ctx.db, assemblyId, candidateIds);
  const electionId = await ctx.db.transaction().execute(async (tx) => {
    await lockAssembly(tx, assemblyId);
    if ((await runningDelegateElections(tx, assemblyId)).length > 0)
      throw conflict('delegate_election_running', 'This assembly is already electing its delegates: close that election first.');
    const election = await createElection(ctx, tx, {
      title: input.title,
      seats: assembly.delegateSeats,
      candidates: candidateIds.map((id) => ({ name: names.get(id) as string, memberId: id })),
      opensAt,
      closesAt: input.closesAt,
      createdBy: actor.memberId,
      demo: opts.demo,
    });
    await insertDelegateElection(tx, {
      id: ctx.ids.next(),
      assemblyId,
      electionId: election.id,
      seats: assembly.delegateSeats,
      createdAt: now,
      seatedAt: null,
    });
    await audit(ctx, tx, { actor, action: 'assembly_delegate_election.started', objectType: 'assembly', objectId: assemblyId });
    return election.id;
  });
  return delegateElection(ctx, assemblyId, electionId);
}

async function requireDelegateElection(db: Db, assemblyId: string, electionId: string) {
  const found = await findDelegateElection(db, electionId);
  if (!found || found.assemblyId !== assemblyId) throw notFound('Delegate election');
  return found;
}

/** A member stands; a facilitator may put forward any member of the assembly. Only before voting opens. */
export async function putForward(ctx: AppContext, actor: Principal, assemblyId: string, electionId: string, memberId: string) {
  const { manages, membership } = await assemblyAccess(ctx.db, actor, assemblyId);
  if (memberId !== actor.memberId && !manages)
    throw forbidden("Only the assembly's facilitators put someone else forward.", 'not_facilitator');
  if (memberId === actor.memberId && !membership && !manages) throw forbidden('Join this assembly first.', 'not_assembly_member');
  await requireDelegateElection(ctx.db, assemblyId, electionId);
  const names = await requireCandidateMembers(ctx.db, assemblyId, [memberId]);
  await ctx.db.transaction().execute(async (tx) => {
    await addCandidate(ctx, tx, electionId, { name: names.get(memberId) as string, memberId });
    await audit(ctx, tx, { actor, action: 'assembly_delegate_election.candidate_added', objectType: 'election', objectId: electionId });
  });
  return delegateElection(ctx, assemblyId, electionId);
}

export async function openDelegateVoting(ctx: AppContext, actor: Principal, assemblyId: string, electionId: string) {
  await requireManager(ctx.db, actor, assemblyId);
  await requireDelegateElection(ctx.db, assemblyId, electionId);
  await ctx.db.transaction().execute(async (tx) => {
    await openVoting(ctx, tx, electionId);
    await audit(ctx, tx, { actor, action: 'assembly_delegate_election.voting_opened', objectType: 'election', objectId: electionId });
  });
  return delegateElection(ctx, assemblyId, electionId);
}

/** Closes voting, counts, and seats the winners in the parent assembly, all at once. */
export async function closeDelegateElection(ctx: AppContext, actor: Principal, assemblyId: string, electionId: string) {
  const { assembly } = await requireManager(ctx.db, actor, assemblyId);
  const row = await requireDelegateElection(ctx.db, assemblyId, electionId);
  await ctx.db.transaction().execute(async (tx) => {
    const winners = await closeElection(ctx, tx, electionId);
    const elected = winners.flatMap((w) => (w.memberId ? [w.memberId] : []));
    if (elected.length > 0) {
      const parentId = (await findAssembly(tx, assemblyId))?.parentId ?? assembly.parentId;
      if (!parentId) throw conflict('no_parent_assembly', 'This assembly sends no delegates: it belongs to no federation.');
      await seatWinners(ctx, tx, { memberAssemblyId: assemblyId, parentAssemblyId: parentId, electionId, memberIds: elected });
      await markSeated(tx, row.id, ctx.clock.now());
    }
    await audit(ctx, tx, { actor, action: 'assembly_delegate_election.closed', objectType: 'election', objectId: electionId });
  });
  return delegateElection(ctx, assemblyId, electionId);
}
