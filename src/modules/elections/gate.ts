import type { AppContext } from '../../context';
import type { Principal } from '../../core/roles';

/**
 * Elections are run by other modules (an assembly electing its delegates), and they decide who sees
 * an election and who votes in it. Each registers a gate; the first gate that knows an election
 * answers for it. An election no gate knows is shown to nobody.
 */

export interface ElectionAccess {
  view: boolean;
  vote: boolean;
  context: { title: string; path: string } | null;
}

/** Null when the election is not this gate's. */
export type ElectionGate = (ctx: AppContext, electionId: string, principal: Principal) => Promise<ElectionAccess | null>;

const NO_ACCESS: ElectionAccess = { view: false, vote: false, context: null };
const gates = new Set<ElectionGate>();

/** Adding the same gate again changes nothing (apps are built more than once in a test process). */
export function registerElectionGate(gate: ElectionGate): void {
  gates.add(gate);
}

export async function electionAccess(ctx: AppContext, electionId: string, principal: Principal): Promise<ElectionAccess> {
  for (const gate of gates) {
    const access = await gate(ctx, electionId, principal);
    if (access) return access;
  }
  return NO_ACCESS;
}
