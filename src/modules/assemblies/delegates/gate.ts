import type { AppContext } from '../../../context';
import type { ElectionGate } from '../../elections';
import { votesIn } from '../access';
import { findAssembly, findMembership } from '../assemblies-repository';
import { findDelegateElection } from './repository';

/**
 * Who sees and votes in a delegate election: members vouched for see it (assemblies are open within
 * the network); those with a vote in the electing assembly vote.
 */
export const delegateElectionGate: ElectionGate = async (ctx: AppContext, electionId, principal) => {
  const row = await findDelegateElection(ctx.db, electionId);
  if (!row) return null;
  const assembly = await findAssembly(ctx.db, row.assemblyId);
  if (!assembly) return null;
  const membership = await findMembership(ctx.db, assembly.id, principal.memberId);
  return {
    view: principal.trusted || membership !== undefined,
    vote: principal.trusted && votesIn(assembly, membership),
    context: { title: assembly.name, path: `/assemblies/${encodeURIComponent(assembly.id)}/delegates` },
  };
};
