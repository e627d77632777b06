import type { AppContext } from '../../context';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../core/errors';
import { hasRole, type Principal } from '../../core/roles';
import type { Db } from '../../database';
import { findFundableAidRequest, markAidRequestPaid } from '../aid';
import { audit } from '../audit';
import { assertAssignedCaseworker } from '../families';
import type { Approvals, Disbursement, DisbursementInput } from './contract';
import { assertCashFor } from './donations-service';
import { fundNames, requireFund } from './funds-service';
import { appendPosting, lockLedger } from './ledger-service';
import { tellTreasurers } from './notify';
import { keys, payoutPosting } from './postings';
import { presentDisbursements } from './present';
import { disbursementsInStates, disbursementsOfCase, findDisbursement, insertDisbursement, moveDisbursement } from './repository';
import type { FundDisbursementTable } from './schema';

/**
 * Paying out of a fund: requested by a caseworker for their case or by an organiser or dispatcher for
 * a rent/bills aid request; approved by two different treasurers, neither of them the requester; the
 * second approval records the payout in the ledger in the same transaction.
 */

export async function present(db: Db, rows: FundDisbursementTable[], viewer: Principal): Promise<Disbursement[]> {
  const names = await fundNames(
    db,
    rows.map((r) => r.fundId),
  );
  return presentDisbursements(db, rows, names, viewer.roles.includes('treasurer'));
}

/**
 * The fine rule under the route's coarse one: who may ask for money for this case or aid request.
 * Returns the case the disbursement belongs to (an aid request's own case, if it has one).
 */
async function checkLink(ctx: AppContext, actor: Principal, input: DisbursementInput): Promise<string | null> {
  if (Boolean(input.caseId) === Boolean(input.aidRequestId))
    throw badRequest('link_required', 'Link the disbursement to one family case or to one aid request.', 'caseId');
  if (input.caseId) {
    await assertAssignedCaseworker(ctx, actor, input.caseId);
    return input.caseId;
  }
  if (!hasRole(actor, 'organiser') && !hasRole(actor, 'dispatcher'))
    throw forbidden('Organisers and dispatchers ask the fund to pay aid requests.', 'organiser_or_dispatcher_required');
  const request = await findFundableAidRequest(ctx, input.aidRequestId ?? '');
  if (!request) throw new AppError(404, 'not_found', 'There is no rent or bills aid request with that id.', 'aidRequestId');
  if (request.state !== 'open') throw conflict('aid_request_not_open', 'This aid request is no longer open.', 'aidRequestId');
  return request.caseId;
}

export async function requestDisbursement(ctx: AppContext, actor: Principal, input: DisbursementInput): Promise<Disbursement> {
  const caseId = await checkLink(ctx, actor, input);
  const now = ctx.clock.now();
  const row: FundDisbursementTable = {
    id: ctx.ids.next(),
    fundId: input.fundId,
    category: input.category,
    amountCents: input.amountCents,
    caseId,
    aidRequestId: input.aidRequestId ?? null,
    requestedBy: actor.memberId,
    state: 'requested',
    payeeName: input.payeeName,
    payeeDetails: input.payeeDetails,
    reason: input.reason,
    firstApproverId: null,
    firstApprovedAt: null,
    decidedBy: null,
    decidedAt: null,
    rejectReason: null,
    entrySeq: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await requireFund(tx, input.fundId);
    if (!(await insertDisbursement(tx, row)))
      throw conflict('already_requested', 'The fund has already been asked to pay this aid request.', 'aidRequestId');
    await audit(ctx, tx, { actor, action: 'fund.disbursement_requested', objectType: 'fund_disbursement', objectId: row.id });
  });
  await tellTreasurers(ctx, row.id, [actor.memberId]);
  return (await present(ctx.db, [row], actor))[0];
}

/** Approving and rejecting are a treasurer's own acts: an admin without the role does not count as one. */
function requireTreasurer(actor: Principal) {
  if (!actor.roles.includes('treasurer')) throw forbidden('Only treasurers approve or reject disbursements.', 'treasurer_required');
}

/** Reads it for a decision: locked on PostgreSQL, so treasurers deciding at once take turns. */
async function forDecision(ctx: AppContext, tx: Db, id: string): Promise<FundDisbursementTable> {
  const row = await findDisbursement(tx, id, ctx.dialect === 'postgres');
  if (!row) throw notFound('Disbursement');
  if (row.state !== 'requested' && row.state !== 'approved_once')
    throw conflict('not_waiting', `This disbursement is already ${row.state === 'paid' ? 'paid' : 'rejected'}.`);
  return row;
}

/** Moves the row on, or says someone decided first (only possible if the row was not locked). */
async function move(tx: Db, row: FundDisbursementTable, set: Partial<FundDisbursementTable>): Promise<FundDisbursementTable> {
  if (!(await moveDisbursement(tx, row.id, row.state, set))) throw conflict('not_waiting', 'Another treasurer decided this meanwhile.');
  return { ...row, ...set };
}

/** The second approval pays: the payout entry, checked against the fund's cash under the ledger's lock. */
async function pay(ctx: AppContext, tx: Db, row: FundDisbursementTable, actor: Principal, now: number) {
  await lockLedger(ctx, tx);
  const cents = Number(row.amountCents);
  await assertCashFor(tx, row.fundId, cents);
  const { entry } = await appendPosting(ctx, tx, payoutPosting(keys.payout(row.id), now, row.fundId, row.category, cents));
  return move(tx, row, { state: 'paid', decidedBy: actor.memberId, decidedAt: now, entrySeq: entry.seq, updatedAt: now });
}

export async function approveDisbursement(ctx: AppContext, actor: Principal, id: string): Promise<Disbursement> {
  requireTreasurer(actor);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await forDecision(ctx, tx, id);
    if (found.requestedBy === actor.memberId)
      throw forbidden('You asked for this disbursement: two other treasurers approve it.', 'requester_cannot_approve');
    if (found.firstApproverId === actor.memberId)
      throw conflict('already_approved', 'You have approved this already: a second treasurer must approve it.');
    const moved =
      found.state === 'requested'
        ? await move(tx, found, { state: 'approved_once', firstApproverId: actor.memberId, firstApprovedAt: now, updatedAt: now })
        : await pay(ctx, tx, found, actor, now);
    await audit(ctx, tx, {
      actor,
      action: moved.state === 'paid' ? 'fund.disbursement_paid' : 'fund.disbursement_approved',
      objectType: 'fund_disbursement',
      objectId: id,
    });
    return moved;
  });
  if (row.state === 'approved_once') await tellTreasurers(ctx, id, [row.requestedBy, actor.memberId]);
  else if (row.aidRequestId) await closePaidRequest(ctx, row.aidRequestId, actor);
  return (await present(ctx.db, [row], actor))[0];
}

/**
 * The aid request is done once the fund paid it. The payout stands whatever happens here: a request
 * cancelled meanwhile is only logged, for the treasurers to sort out with whoever filed it.
 */
async function closePaidRequest(ctx: AppContext, aidRequestId: string, actor: Principal) {
  try {
    await markAidRequestPaid(ctx, aidRequestId, actor);
  } catch (err) {
    ctx.log.warn('paid aid request not closed', { aidRequestId, err: String(err) });
  }
}

export async function rejectDisbursement(ctx: AppContext, actor: Principal, id: string, reason: string): Promise<Disbursement> {
  requireTreasurer(actor);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await forDecision(ctx, tx, id);
    const moved = await move(tx, found, {
      state: 'rejected',
      decidedBy: actor.memberId,
      decidedAt: now,
      rejectReason: reason,
      updatedAt: now,
    });
    await audit(ctx, tx, { actor, action: 'fund.disbursement_rejected', objectType: 'fund_disbursement', objectId: id });
    return moved;
  });
  return (await present(ctx.db, [row], actor))[0];
}

/** For /fund/approvals: what waits for a treasurer (oldest first), then the latest decisions. */
export async function listApprovals(ctx: AppContext, actor: Principal): Promise<Approvals> {
  const waiting = (await disbursementsInStates(ctx.db, ['requested', 'approved_once'], 200)).reverse();
  const decided = await disbursementsInStates(ctx.db, ['paid', 'rejected'], 50);
  const all = await present(ctx.db, [...waiting, ...decided], actor);
  return { waiting: all.slice(0, waiting.length), decided: all.slice(waiting.length) };
}

/** For a family case's page: only its assigned caseworkers; who is paid only if they are also a treasurer. */
export async function listCaseDisbursements(ctx: AppContext, actor: Principal, caseId: string): Promise<Disbursement[]> {
  await assertAssignedCaseworker(ctx, actor, caseId);
  return present(ctx.db, await disbursementsOfCase(ctx.db, caseId), actor);
}
