import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { FUND_KINDS } from './limits';
import { pushAboutRequest } from './notify';
import { zoneNamer } from './present';
import { findRequest, listRequestsInState, lockRequest, updateRequest } from './repository';
import type { AidRequestTable } from './schema';

/** A rent/bills aid request, which the fund pays rather than a volunteer (what a treasurer needs to see). */
export interface FundableAidRequest {
  id: string;
  state: string;
  /** What the requester asked for, if they said; the disbursement may differ. */
  amountCents: number | null;
  caseId: string | null;
  zone: { id: string; name: string } | null;
  createdAt: number;
}

const isFundable = (row: AidRequestTable | undefined): row is AidRequestTable => !!row && FUND_KINDS.includes(row.kind);

async function presentFundable(ctx: AppContext, rows: AidRequestTable[]): Promise<FundableAidRequest[]> {
  const zoneOf = await zoneNamer(ctx, rows);
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    amountCents: r.amountCents,
    caseId: r.caseId,
    zone: zoneOf(r),
    createdAt: r.createdAt,
  }));
}

/** A rent/bills request in any state, or null (no such request, or another kind). */
export async function findFundableAidRequest(ctx: AppContext, id: string): Promise<FundableAidRequest | null> {
  const row = await findRequest(ctx.db, id);
  return isFundable(row) ? (await presentFundable(ctx, [row]))[0] : null;
}

/** Open rent/bills requests, oldest first: what the fund may pay. */
export async function listFundableAidRequests(ctx: AppContext): Promise<FundableAidRequest[]> {
  return presentFundable(ctx, await listRequestsInState(ctx.db, ['open'], FUND_KINDS));
}

/**
 * The fund paid it: the request is done (the requester can still confirm receipt) and the filer hears
 * of it. Paying twice is harmless (the second call changes nothing); a cancelled request cannot be paid.
 */
export async function markAidRequestPaid(ctx: AppContext, id: string, actor: Principal): Promise<void> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await lockRequest(tx, id, ctx.dialect);
    if (!isFundable(found)) throw notFound('Rent or bills request');
    if (found.paidAt !== null) return null;
    if (found.state !== 'open') throw conflict('aid_request_not_open', 'This request is no longer open: it cannot be paid.');
    await updateRequest(tx, id, { state: 'done', doneAt: now, paidAt: now, closedAt: now, updatedAt: now });
    await audit(ctx, tx, { actor, action: 'aid_request.paid', objectType: 'aid_request', objectId: id });
    return found;
  });
  if (row) pushAboutRequest(ctx, [row.filedBy], id);
}
