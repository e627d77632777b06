import type { AppContext } from '../../context';
import { conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { revealExactPoint } from '../reports';
import { type MyOffer, OFFER_MOVES, type OfferMove, OPEN_OFFER_STATES } from './contract';
import { announce } from './events';
import { incidentsById, offerTimes, presentChecklistEntry } from './present';
import { findOfferForUpdate, listChecklistOf, listMemberOffers, moveOfferRow } from './repository';
import type { DispatchOfferTable } from './schema';

/** The caller's own offer, read for a change; anyone else's is refused. */
export async function ownOffer(ctx: AppContext, tx: Db, actor: Principal, id: string): Promise<DispatchOfferTable> {
  const offer = await findOfferForUpdate(tx, id, ctx.dialect === 'postgres');
  if (!offer) throw notFound('Offer');
  if (offer.memberId !== actor.memberId) throw forbidden('Only the responder it was offered to can answer this offer.', 'not_your_offer');
  return offer;
}

/** The responder's state machine: each move only from the states OFFER_MOVES allows, audited. */
export async function moveOffer(ctx: AppContext, actor: Principal, id: string, move: OfferMove, etaMinutes?: number): Promise<MyOffer> {
  const now = ctx.clock.now();
  const { from, to } = OFFER_MOVES[move];
  const moved = await ctx.db.transaction().execute(async (tx) => {
    const offer = await ownOffer(ctx, tx, actor, id);
    if (!(from as readonly string[]).includes(offer.state))
      throw conflict('offer_transition_not_allowed', `This offer is ${offer.state}; it cannot become ${to}.`);
    // The timer may not have run yet: an offer past its time is over all the same.
    if (offer.state === 'offered' && offer.expiresAt <= now) throw conflict('offer_expired', 'This offer has expired.');
    const set: Partial<DispatchOfferTable> = { state: to };
    if (to === 'accepted') Object.assign(set, { acceptedAt: now, etaMinutes: etaMinutes ?? null });
    if (to === 'on_scene') set.onSceneAt = now;
    if (to === 'declined' || to === 'cleared') set.endedAt = now;
    if (!(await moveOfferRow(tx, id, [offer.state], set)))
      throw conflict('offer_transition_not_allowed', 'This offer changed meanwhile. Reload and try again.');
    await audit(ctx, tx, { actor, action: `dispatch.offer.${to}`, objectType: 'dispatch_offer', objectId: id, incidentId: offer.reportId });
    return { ...offer, ...set };
  });
  await announce(ctx, moved.reportId);
  return (await presentMyOffers(ctx, [moved]))[0];
}

async function presentMyOffers(ctx: AppContext, rows: DispatchOfferTable[]): Promise<MyOffer[]> {
  const [incidents, checklist] = await Promise.all([
    incidentsById(
      ctx,
      rows.map((r) => r.reportId),
    ),
    listChecklistOf(
      ctx.db,
      'offerId',
      rows.map((r) => r.id),
    ),
  ]);
  // The responder's own entries: no other names are shown to them.
  const none = new Map<string, string>();
  return rows.flatMap((row) => {
    const incident = incidents.get(row.reportId);
    if (!incident) return [];
    const entries = checklist.filter((c) => c.offerId === row.id).map((c) => presentChecklistEntry(c, none));
    return [{ ...offerTimes(row), reportId: row.reportId, incident, checklist: entries }];
  });
}

/** The offers a responder still has to act on, newest first. */
export async function listMyOffers(ctx: AppContext, actor: Principal): Promise<MyOffer[]> {
  return presentMyOffers(ctx, await listMemberOffers(ctx.db, actor.memberId, OPEN_OFFER_STATES));
}

/** A responder who is going or there may see the point the reporter chose to share (audited by reports). */
export async function exactPointForOffer(ctx: AppContext, actor: Principal, id: string) {
  const offer = await ownOffer(ctx, ctx.db, actor, id);
  if (offer.state !== 'accepted' && offer.state !== 'on_scene')
    throw forbidden('The exact point is shown only once you have accepted, while you go or are there.', 'offer_not_accepted');
  return revealExactPoint(ctx, actor, offer.reportId);
}
