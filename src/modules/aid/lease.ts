import type { AppContext } from '../../context';
import type { Db } from '../../database';
import { audit } from '../audit';
import { activeClaimOf, lapsedClaims, lockRequest, moveClaim, moveRequest } from './repository';
import type { AidClaimTable } from './schema';

const LAPSE_BATCH = 100;

/**
 * Claims whose lease ran out go back to open, each in its own transaction and audited once however
 * many nodes or readers try at the same moment (the claim moves only if it is still `claimed`).
 * Called lazily before every read and claim, and by a timer in start(); returns how many lapsed.
 */
export async function expireLapsedClaims(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let expired = 0;
  for (const claim of await lapsedClaims(ctx.db, now, LAPSE_BATCH)) {
    await ctx.db.transaction().execute(async (tx) => {
      await lockRequest(tx, claim.requestId, ctx.dialect);
      if (!(await moveClaim(tx, claim.id, ['claimed'], { state: 'expired', endedAt: now }))) return;
      await moveRequest(tx, claim.requestId, ['claimed'], { state: 'open', updatedAt: now });
      await audit(ctx, tx, { actor: null, action: 'aid_request.claim_expired', objectType: 'aid_request', objectId: claim.requestId });
      expired++;
    });
  }
  return expired;
}

/** The caller's live claim on a request: active, and if not yet confirmed, within its lease. */
export const holds = (claim: AidClaimTable | undefined, memberId: string, now: number): claim is AidClaimTable =>
  !!claim && claim.memberId === memberId && (claim.state === 'in_progress' || (claim.leaseExpiresAt ?? 0) > now);

/** Whether `memberId` holds the request right now, and whether anyone does (for the request's page). */
export async function heldBy(db: Db, requestId: string, memberId: string, now: number) {
  const claim = await activeClaimOf(db, requestId);
  return { claim: holds(claim, memberId, now) ? claim : null, held: !!claim };
}
