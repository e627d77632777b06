import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { AidTaskDetail, MyClaim, Revealed } from './contract';
import { isUniqueViolation, notHolder, requestClosed } from './errors';
import { expireLapsedClaims, holds } from './lease';
import { isClaimable } from './limits';
import { pushAboutRequest } from './notify';
import { presentClaim, presentRevealed, presentTask, zoneNamer } from './present';
import {
  ACTIVE_CLAIM,
  activeClaimOf,
  claimsOf,
  countActiveClaimsOf,
  insertClaim,
  lockClaimsOfMember,
  lockRequest,
  moveClaim,
  moveRequest,
} from './repository';
import { describeRequest } from './requests-service';
import type { AidRequestTable } from './schema';

/** Locks the request and returns it with the caller's live claim, or refuses. */
async function lockHeld(ctx: AppContext, tx: Db, principal: Principal, id: string, now: number) {
  const row = await lockRequest(tx, id, ctx.dialect);
  if (!row) throw notFound('Aid request');
  const claim = await activeClaimOf(tx, id);
  if (!holds(claim, principal.memberId, now)) throw notHolder();
  return { row, claim };
}

/**
 * Claims a task for the caller with a lease of config.aidClaimLeaseMinutes. The request's row lock,
 * the conditional move from `open` and the unique index on active claims each make sure only one of
 * many simultaneous claims wins; the caller's own claims are locked so the cap holds too.
 */
export async function claimRequest(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  await expireLapsedClaims(ctx);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (tx) => {
      await lockClaimsOfMember(tx, principal.memberId, ctx.dialect);
      const row = await lockRequest(tx, id, ctx.dialect);
      if (!row) throw notFound('Aid request');
      if (!isClaimable(row.kind)) throw conflict('not_claimable', 'Rent and bills are paid by the fund, not claimed by a volunteer.');
      if (row.onBehalf === 0 && row.filedBy === principal.memberId)
        throw forbidden('This is your own request: another volunteer will take it.', 'own_request');
      const current = await activeClaimOf(tx, id);
      if (current?.memberId === principal.memberId) return;
      if (row.state === 'done' || row.state === 'cancelled') throw requestClosed();
      if (current || row.state !== 'open') throw conflict('already_claimed', 'Another volunteer has just taken this task.');
      const max = ctx.config.aidMaxOpenClaims;
      if ((await countActiveClaimsOf(tx, principal.memberId)) >= max)
        throw conflict('too_many_claims', `You already hold ${max} tasks. Finish or release one before taking another.`);
      if (!(await moveRequest(tx, id, ['open'], { state: 'claimed', updatedAt: now })))
        throw conflict('already_claimed', 'Another volunteer has just taken this task.');
      await insertClaim(tx, {
        id: ctx.ids.next(),
        requestId: id,
        memberId: principal.memberId,
        state: 'claimed',
        claimedAt: now,
        leaseExpiresAt: now + ctx.config.aidClaimLeaseMinutes * MINUTE,
        confirmedAt: null,
        endedAt: null,
      });
      await audit(ctx, tx, { actor: principal, action: 'aid_request.claimed', objectType: 'aid_request', objectId: id });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_claimed', 'Another volunteer has just taken this task.');
    throw err;
  }
  return describeRequest(ctx, principal, id);
}

/** "I'm on it": the claim no longer lapses. */
export async function confirmClaim(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  await expireLapsedClaims(ctx);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const { claim } = await lockHeld(ctx, tx, principal, id, now);
    if (claim.state === 'in_progress') return;
    await moveClaim(tx, claim.id, ['claimed'], { state: 'in_progress', leaseExpiresAt: null, confirmedAt: now });
    await moveRequest(tx, id, ['claimed'], { state: 'in_progress', updatedAt: now });
    await audit(ctx, tx, { actor: principal, action: 'aid_request.claim_confirmed', objectType: 'aid_request', objectId: id });
  });
  return describeRequest(ctx, principal, id);
}

/** The volunteer cannot do it after all: the task is open again for someone else. */
export async function releaseClaim(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  await expireLapsedClaims(ctx);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const { claim } = await lockHeld(ctx, tx, principal, id, now);
    await moveClaim(tx, claim.id, ACTIVE_CLAIM, { state: 'released', endedAt: now });
    await moveRequest(tx, id, ['claimed', 'in_progress'], { state: 'open', updatedAt: now });
    await audit(ctx, tx, { actor: principal, action: 'aid_request.released', objectType: 'aid_request', objectId: id });
  });
  return describeRequest(ctx, principal, id);
}

/** Delivered: the filer hears of it (content-free push) and the household can confirm receipt. */
export async function markDone(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  await expireLapsedClaims(ctx);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const held = await lockHeld(ctx, tx, principal, id, now);
    if (held.claim.state !== 'in_progress') throw conflict('claim_not_confirmed', 'Confirm that you are on it first.');
    await moveClaim(tx, held.claim.id, ['in_progress'], { state: 'done', endedAt: now });
    await moveRequest(tx, id, ['in_progress'], { state: 'done', doneAt: now, closedAt: now, updatedAt: now });
    await audit(ctx, tx, { actor: principal, action: 'aid_request.done', objectType: 'aid_request', objectId: id });
    return held.row;
  });
  if (row.filedBy !== principal.memberId) pushAboutRequest(ctx, [row.filedBy], id);
  return describeRequest(ctx, principal, id);
}

/** The exact place and how to reach the household, for the volunteer holding the task; every reveal is audited. */
export async function revealRequest(ctx: AppContext, principal: Principal, id: string): Promise<Revealed> {
  await expireLapsedClaims(ctx);
  const now = ctx.clock.now();
  const row: AidRequestTable = await ctx.db.transaction().execute(async (tx) => {
    const held = await lockHeld(ctx, tx, principal, id, now);
    await audit(ctx, tx, { actor: principal, action: 'aid_request.address_revealed', objectType: 'aid_request', objectId: id });
    return held.row;
  });
  return presentRevealed(ctx, row);
}

/** The caller's claims: live ones first, then the latest that ended. */
export async function listMyClaims(ctx: AppContext, principal: Principal): Promise<MyClaim[]> {
  await expireLapsedClaims(ctx);
  const rows = await claimsOf(ctx.db, principal.memberId, 50);
  const zoneOf = await zoneNamer(ctx, rows);
  const live = (state: string) => Number((ACTIVE_CLAIM as readonly string[]).includes(state));
  return rows
    .map((r) => ({
      ...presentTask(r, zoneOf(r)),
      claim: presentClaim({
        state: r.claimState,
        claimedAt: r.claimedAt,
        leaseExpiresAt: r.leaseExpiresAt,
        confirmedAt: r.claimConfirmedAt,
        endedAt: r.endedAt,
      }),
    }))
    .sort((a, b) => live(b.claim.state) - live(a.claim.state) || b.claim.claimedAt - a.claim.claimedAt);
}
