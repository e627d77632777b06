import type { AppContext } from '../../../context';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import {
  endSittingDelegates,
  findParentMembership,
  insertDelegate,
  insertParentMembership,
  makeDelegateMembership,
  removeSeatMemberships,
} from './repository';

export interface Seating {
  memberAssemblyId: string;
  parentAssemblyId: string;
  electionId: string;
  /** The winners, in the order they were elected. */
  memberIds: string[];
}

/**
 * In the transaction that counted the election: the member assembly's sitting delegates end as
 * `replaced` and leave the parent; each winner gets a seat and sits in the parent as `delegate`.
 * Someone already in the parent (a facilitator there) becomes its delegate; someone already sitting
 * there for another member assembly keeps that one vote.
 */
export async function seatWinners(ctx: AppContext, tx: Db, seating: Seating): Promise<string[]> {
  const now = ctx.clock.now();
  const { memberAssemblyId, parentAssemblyId } = seating;
  const replaced = await endSittingDelegates(tx, memberAssemblyId, now);
  await removeSeatMemberships(tx, parentAssemblyId, replaced);
  const seats: string[] = [];
  for (const memberId of seating.memberIds) {
    const id = ctx.ids.next();
    await insertDelegate(tx, {
      id,
      memberAssemblyId,
      parentAssemblyId,
      memberId,
      electionId: seating.electionId,
      electedAt: now,
      endedAt: null,
      endReason: null,
      recallProposalId: null,
    });
    const existing = await findParentMembership(tx, parentAssemblyId, memberId);
    if (!existing)
      await insertParentMembership(tx, { assemblyId: parentAssemblyId, memberId, role: 'delegate', delegateId: id, joinedAt: now });
    else if (existing.role !== 'delegate') await makeDelegateMembership(tx, parentAssemblyId, memberId, id);
    await audit(ctx, tx, { actor: null, action: 'assembly_delegate.seated', objectType: 'assembly_delegate', objectId: id });
    seats.push(id);
  }
  return seats;
}
