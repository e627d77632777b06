import type { AppContext } from '../../../context';
import { candidatesOf, countVoters, findElection, phaseOf } from '../../elections';
import { displayNamesOf } from '../../members';
import type { DelegateElection } from './contract';
import { delegateElectionsOf, delegatesOfElection, findDelegateElection } from './repository';

/** An assembly's delegate elections, newest first (or the one `electionId`), with who was seated. */
export async function presentDelegateElections(
  ctx: AppContext,
  assemblyId: string,
  limit: number,
  electionId?: string,
): Promise<DelegateElection[]> {
  const one = electionId ? await findDelegateElection(ctx.db, electionId) : undefined;
  const rows = electionId ? (one?.assemblyId === assemblyId ? [one] : []) : await delegateElectionsOf(ctx.db, assemblyId, limit);
  const seatedRows = await delegatesOfElection(
    ctx.db,
    rows.map((r) => r.electionId),
  );
  const names = await displayNamesOf(
    ctx.db,
    seatedRows.map((s) => s.memberId),
  );
  const now = ctx.clock.now();
  const out: DelegateElection[] = [];
  for (const row of rows) {
    const election = await findElection(ctx.db, row.electionId);
    if (!election) continue;
    const [candidates, ballotsCast] = await Promise.all([candidatesOf(ctx.db, election.id), countVoters(ctx.db, election.ballotBoxId)]);
    out.push({
      electionId: election.id,
      assemblyId,
      title: election.title,
      seats: row.seats,
      phase: phaseOf(election, now),
      opensAt: election.opensAt,
      closesAt: election.closesAt,
      candidates: candidates.map((c) => ({ id: c.id, name: c.name, memberId: c.memberId })),
      ballotsCast,
      seated: seatedRows.filter((s) => s.electionId === election.id).map((s) => ({ id: s.memberId, name: names.get(s.memberId) ?? '' })),
      seatedAt: row.seatedAt,
    });
  }
  return out;
}
