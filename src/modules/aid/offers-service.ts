import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import { zoneNames } from '../zones';
import { LIMITS } from './limits';
import { pushAboutRequest } from './notify';
import type { CoordinatorOffer, NewOffer, Offer } from './offers-contract';
import { findOffer, insertOffer, liveOffers, offersOf, withdrawOfferRow } from './offers-repository';
import { parseList } from './present';
import { findRequest } from './repository';
import type { AidOfferTable } from './schema';
import { assertZonesExist } from './volunteer-service';

async function presentOffers(ctx: AppContext, rows: AidOfferTable[]): Promise<Offer[]> {
  const names = await zoneNames(ctx, [...new Set(rows.flatMap((r) => parseList(r.zoneIds)))]);
  const now = ctx.clock.now();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    zones: parseList(r.zoneIds).flatMap((id) => (names.has(id) ? [{ id, name: names.get(id) ?? '' }] : [])),
    availability: r.availability,
    note: r.note,
    until: r.until,
    createdAt: r.createdAt,
    live: r.withdrawnAt === null && r.until > now,
    demo: r.demo === 1,
  }));
}

/** A member offers help of one kind, in some zones, until a date. */
export async function postOffer(ctx: AppContext, principal: Principal, input: NewOffer, opts: { demo?: boolean } = {}): Promise<Offer> {
  const now = ctx.clock.now();
  if (input.until <= now || input.until > now + LIMITS.offerDays * DAY)
    throw badRequest('offer_until_invalid', `until: choose a day from tomorrow up to ${LIMITS.offerDays} days ahead`, 'until');
  await assertZonesExist(ctx, input.zoneIds);
  const row: AidOfferTable = {
    id: ctx.ids.next(),
    memberId: principal.memberId,
    kind: input.kind,
    zoneIds: JSON.stringify([...new Set(input.zoneIds)]),
    availability: input.availability,
    note: input.note,
    until: input.until,
    createdAt: now,
    withdrawnAt: null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertOffer(tx, row);
    await audit(ctx, tx, { actor: principal, action: 'aid_offer.posted', objectType: 'aid_offer', objectId: row.id });
  });
  return (await presentOffers(ctx, [row]))[0];
}

export async function listMyOffers(ctx: AppContext, principal: Principal): Promise<Offer[]> {
  return presentOffers(ctx, await offersOf(ctx.db, principal.memberId));
}

export async function withdrawOffer(ctx: AppContext, principal: Principal, id: string): Promise<Offer> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await findOffer(tx, id);
    if (!found) throw notFound('Offer');
    if (found.memberId !== principal.memberId)
      throw forbidden('Only the member who made this offer may withdraw it.', 'not_your_aid_offer');
    if (found.withdrawnAt !== null) return found;
    await withdrawOfferRow(tx, id, now);
    await audit(ctx, tx, { actor: principal, action: 'aid_offer.withdrawn', objectType: 'aid_offer', objectId: id });
    return { ...found, withdrawnAt: now };
  });
  return (await presentOffers(ctx, [row]))[0];
}

/** Standing offers with who made them, for coordinators (hotline operators, caseworkers, organisers). */
export async function listOffersForCoordinators(ctx: AppContext): Promise<CoordinatorOffer[]> {
  const rows = await liveOffers(ctx.db, ctx.clock.now());
  const [offers, names] = await Promise.all([
    presentOffers(ctx, rows),
    displayNamesOf(
      ctx.db,
      rows.map((r) => r.memberId),
    ),
  ]);
  return offers.map((o, i) => ({ ...o, member: { id: rows[i].memberId, displayName: names.get(rows[i].memberId) ?? '' } }));
}

/** A coordinator asks an offering volunteer to look at a request: a content-free push that opens it. */
export async function askAboutRequest(ctx: AppContext, principal: Principal, offerId: string, requestId: string) {
  const now = ctx.clock.now();
  const offer = await ctx.db.transaction().execute(async (tx) => {
    const found = await findOffer(tx, offerId);
    if (!found) throw notFound('Offer');
    if (found.withdrawnAt !== null || found.until <= now) throw conflict('aid_offer_ended', 'This offer was withdrawn or has ended.');
    const request = await findRequest(tx, requestId);
    if (!request) throw badRequest('unknown_aid_request', 'requestId: there is no such request', 'requestId');
    if (request.state !== 'open') throw conflict('aid_request_not_open', 'This request is no longer open.');
    await audit(ctx, tx, { actor: principal, action: 'aid_offer.asked', objectType: 'aid_request', objectId: requestId });
    return found;
  });
  pushAboutRequest(ctx, [offer.memberId], requestId);
  return { asked: true as const };
}
