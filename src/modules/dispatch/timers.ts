import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { getIncident, type IncidentClosed } from '../reports';
import type { OfferState } from './contract';
import { announce } from './events';
import { offerOpenCasesToNewcomers, widenCase } from './offering';
import { listCasesToWiden, listOffersDueToExpire, listOpenCases, listOpenOffersOf, markClosed, moveOfferRow } from './repository';
import type { DispatchOfferTable } from './schema';

/** Ends an offer without its responder (timer, closed incident); false if it had moved meanwhile. */
async function endOffer(ctx: AppContext, tx: Db, actor: Principal | null, offer: DispatchOfferTable, to: OfferState) {
  const now = ctx.clock.now();
  if (!(await moveOfferRow(tx, offer.id, [offer.state], { state: to, endedAt: now }))) return false;
  await audit(ctx, tx, {
    actor,
    action: `dispatch.offer.${to}`,
    objectType: 'dispatch_offer',
    objectId: offer.id,
    incidentId: offer.reportId,
  });
  return true;
}

/** Offers nobody answered within config.dispatchOfferMinutes lapse. */
export async function expireOffers(ctx: AppContext): Promise<number> {
  const due = await listOffersDueToExpire(ctx.db, ctx.clock.now());
  if (!due.length) return 0;
  const ended = await ctx.db.transaction().execute(async (tx) => {
    const done: DispatchOfferTable[] = [];
    for (const offer of due) if (await endOffer(ctx, tx, null, offer, 'expired')) done.push(offer);
    return done;
  });
  for (const reportId of new Set(ended.map((o) => o.reportId))) await announce(ctx, reportId);
  return ended.length;
}

/** Cases nobody accepted within config.dispatchWidenMinutes go out to the neighbouring zones. */
export async function widenUnansweredCases(ctx: AppContext): Promise<number> {
  const due = await listCasesToWiden(ctx.db, ctx.clock.now() - ctx.config.dispatchWidenMinutes * MINUTE);
  let widened = 0;
  for (const found of due) if (await widenCase(ctx, null, found.reportId)) widened += 1;
  return widened;
}

/** Cases whose incident closed without this node hearing of it (a lost event) are closed now. */
export async function closeEndedCases(ctx: AppContext): Promise<number> {
  let closed = 0;
  for (const found of await listOpenCases(ctx.db)) {
    const incident = await getIncident(ctx, found.reportId);
    if (incident && incident.closedAt !== null && (await closeDispatch(ctx, { reportId: found.reportId, at: incident.closedAt })))
      closed += 1;
  }
  return closed;
}

/**
 * Everything time-driven in dispatch, as of ctx.clock.now(). Every node runs it; each step changes a
 * row only if it is still as read, so running it twice at once does each thing once.
 */
export async function runDispatchTimers(ctx: AppContext) {
  const closed = await closeEndedCases(ctx);
  const expired = await expireOffers(ctx);
  const widened = await widenUnansweredCases(ctx);
  const offered = await offerOpenCasesToNewcomers(ctx);
  return { closed, expired, widened, offered };
}

/** The incident is over: offers still waiting lapse, and responders still engaged are stood down. */
export async function closeDispatch(ctx: AppContext, event: Pick<IncidentClosed, 'reportId' | 'at'>): Promise<boolean> {
  const closed = await ctx.db.transaction().execute(async (tx) => {
    if (!(await markClosed(tx, event.reportId, event.at))) return false;
    for (const offer of await listOpenOffersOf(tx, event.reportId, ['offered', 'accepted', 'on_scene']))
      await endOffer(ctx, tx, null, offer, offer.state === 'offered' ? 'expired' : 'cleared');
    await audit(ctx, tx, {
      actor: null,
      action: 'dispatch.closed',
      objectType: 'dispatch_case',
      objectId: event.reportId,
      incidentId: event.reportId,
    });
    return true;
  });
  if (closed) await announce(ctx, event.reportId);
  return closed;
}
