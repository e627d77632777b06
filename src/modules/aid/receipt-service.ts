import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import { hashToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { AidTaskDetail, Receipt } from './contract';
import { notFiler } from './errors';
import { expireLapsedClaims } from './lease';
import { pushAboutRequest } from './notify';
import { parseList } from './present';
import { ACTIVE_CLAIM, activeClaimOf, findRequestByReceipt, lockRequest, moveClaim, updateRequest } from './repository';
import { describeRequest } from './requests-service';
import type { AidRequestTable, ConfirmedBy } from './schema';

const PAGE_LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;

/** The receipt page speaks the first of the household's languages the app has, else English. */
const pageLanguage = (r: AidRequestTable): Receipt['language'] =>
  parseList(r.languages).find((l): l is Receipt['language'] => (PAGE_LANGUAGES as readonly string[]).includes(l)) ?? 'en';

const presentReceipt = (r: AidRequestTable): Receipt => ({
  kind: r.kind,
  state: r.state,
  confirmed: r.confirmedAt !== null,
  language: pageLanguage(r),
  neededBy: r.neededBy,
});

/**
 * Records that the household received the help. Once a volunteer holds the task (or the fund paid
 * it), the household's word also completes it: a volunteer may forget to press "done". Nothing to
 * confirm while it is open or after it was cancelled. Returns whether it changed.
 */
async function confirmIn(ctx: AppContext, tx: Db, row: AidRequestTable, by: ConfirmedBy, actor: Principal | null) {
  if (row.confirmedAt !== null) return false;
  if (row.state === 'open' || row.state === 'cancelled')
    throw conflict('nothing_to_confirm', 'Nobody has taken this request yet, so there is nothing to confirm.');
  const now = ctx.clock.now();
  const claim = await activeClaimOf(tx, row.id);
  if (claim) await moveClaim(tx, claim.id, ACTIVE_CLAIM, { state: 'done', endedAt: now });
  await updateRequest(tx, row.id, {
    state: 'done',
    doneAt: row.doneAt ?? now,
    confirmedAt: now,
    confirmedBy: by,
    closedAt: now,
    updatedAt: now,
  });
  const action = by === 'household' ? 'aid_request.receipt_confirmed' : 'aid_request.receipt_confirmed_by_filer';
  await audit(ctx, tx, { actor, action, objectType: 'aid_request', objectId: row.id });
  return true;
}

const byToken = async (ctx: AppContext, token: string) => {
  const row = await findRequestByReceipt(ctx.db, hashToken(token));
  if (!row) throw notFound('Receipt link');
  return row;
};

/** What the household's receipt link shows: the kind and where it stands, nothing else. */
export async function readReceipt(ctx: AppContext, token: string): Promise<Receipt> {
  await expireLapsedClaims(ctx);
  return presentReceipt(await byToken(ctx, token));
}

/** "I received it", from the household's receipt link (no account); the filer hears of it. */
export async function confirmByHousehold(ctx: AppContext, token: string): Promise<Receipt> {
  await expireLapsedClaims(ctx);
  const found = await byToken(ctx, token);
  const changed = await ctx.db.transaction().execute(async (tx) => {
    const row = await lockRequest(tx, found.id, ctx.dialect);
    if (!row || row.receiptTokenHash !== found.receiptTokenHash) throw notFound('Receipt link');
    return confirmIn(ctx, tx, row, 'household', null);
  });
  if (changed) pushAboutRequest(ctx, [found.filedBy], found.id);
  return presentReceipt(await byToken(ctx, token));
}

/** The filer confirms for the household after calling them (audited as the filer's word). */
export async function confirmByFiler(ctx: AppContext, principal: Principal, id: string): Promise<AidTaskDetail> {
  await expireLapsedClaims(ctx);
  await ctx.db.transaction().execute(async (tx) => {
    const row = await lockRequest(tx, id, ctx.dialect);
    if (!row) throw notFound('Aid request');
    if (row.filedBy !== principal.memberId) throw notFiler();
    await confirmIn(ctx, tx, row, 'filer', principal);
  });
  return describeRequest(ctx, principal, id);
}
