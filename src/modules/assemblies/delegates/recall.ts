import type { AppContext } from '../../../context';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { removeSeatMemberships } from './repository';

export interface RecallInput {
  delegateId: string;
  /** The recall proposal of the member assembly that passed. */
  proposalId: string;
  /** Who closed the vote; null when the vote closed by itself. */
  actor?: Pick<Principal, 'memberId' | 'roles'> | null;
}

/**
 * Ends a delegate's seat because their member assembly voted to recall them, in the caller's
 * transaction (the one deciding the recall proposal), and takes their seat in the parent away.
 * Returns false, changing nothing, when the seat had already ended (replaced, resigned or recalled):
 * a recall that passes late must not undo the decision it belongs to.
 */
export async function endDelegateByRecall(tx: Db, ctx: AppContext, input: RecallInput): Promise<boolean> {
  const now = ctx.clock.now();
  const ended = await tx
    .updateTable('assemblyDelegate')
    .set({ endedAt: now, endReason: 'recalled', recallProposalId: input.proposalId })
    .where('id', '=', input.delegateId)
    .where('endedAt', 'is', null)
    .returning(['id', 'parentAssemblyId', 'memberId'])
    .executeTakeFirst();
  if (!ended) return false;
  await removeSeatMemberships(tx, ended.parentAssemblyId, [ended.id]);
  await audit(ctx, tx, {
    actor: input.actor ?? null,
    action: 'assembly_delegate.recalled',
    objectType: 'assembly_delegate',
    objectId: ended.id,
  });
  return true;
}
