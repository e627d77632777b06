import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { findCampaign } from '../pledges';
import { findZoneAt, zoneNames } from '../zones';
import type { NewBusiness, PublicBusiness, ReviewedBusiness } from './contract';
import { businessesInZone, deleteBusiness, findBusiness, insertBusiness, listAllRows, listPublicRows, markVerified } from './repository';
import type { BusinessTable, SanctuaryOffer } from './schema';

type Zone = { id: string; name: string } | null;
type Campaign = { id: string; title: string } | null;

/** Zone names and the campaigns businesses are linked to (named only once a campaign is public). */
async function lookups(ctx: AppContext, rows: BusinessTable[]) {
  const zones = await zoneNames(
    ctx,
    rows.flatMap((r) => r.zoneId ?? []),
  );
  const campaigns = new Map<string, Campaign>();
  for (const id of new Set(rows.flatMap((r) => r.campaignId ?? []))) {
    const campaign = await findCampaign(ctx.db, id);
    campaigns.set(id, campaign && campaign.state !== 'draft' ? { id, title: campaign.title } : null);
  }
  const zoneOf = (r: BusinessTable): Zone => (r.zoneId && zones.has(r.zoneId) ? { id: r.zoneId, name: zones.get(r.zoneId) ?? '' } : null);
  const campaignOf = (r: BusinessTable) => (r.campaignId ? (campaigns.get(r.campaignId) ?? null) : null);
  return { zoneOf, campaignOf };
}

/** Only public fields: the contact, consent and verification are never part of this. */
function presentPublic(r: BusinessTable, zone: Zone, campaign: Campaign): PublicBusiness {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    zone,
    closing: r.closing === 1,
    sanctuary: r.sanctuary === 1,
    offers: JSON.parse(r.offers) as SanctuaryOffer[],
    hours: r.hours,
    campaign,
    demo: r.demo === 1,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export async function listPublicBusinesses(ctx: AppContext): Promise<PublicBusiness[]> {
  const rows = await listPublicRows(ctx.db);
  const { zoneOf, campaignOf } = await lookups(ctx, rows);
  return rows.map((r) => presentPublic(r, zoneOf(r), campaignOf(r))).sort(byName);
}

async function presentForReview(ctx: AppContext, rows: BusinessTable[]): Promise<ReviewedBusiness[]> {
  const { zoneOf, campaignOf } = await lookups(ctx, rows);
  return rows.map((r) => ({
    ...presentPublic(r, zoneOf(r), campaignOf(r)),
    verified: r.verifiedAt !== null,
    publicConsent: r.publicConsent === 1,
    hasContact: r.contact !== null,
    createdAt: r.createdAt,
  }));
}

/** Everything for organisers, waiting ones first; the contact itself is read one at a time (audited). */
export async function listForReview(ctx: AppContext): Promise<ReviewedBusiness[]> {
  const rows = await listAllRows(ctx.db);
  return presentForReview(
    ctx,
    rows.sort((a, b) => Number(a.verifiedAt !== null) - Number(b.verifiedAt !== null) || b.createdAt - a.createdAt),
  );
}

/** Same business twice: the same name at the same address, ignoring case and spacing. */
const folded = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A public sign-up (rate-limited at the route); it waits for an organiser. */
export async function signUpBusiness(ctx: AppContext, input: NewBusiness, opts: { demo?: boolean } = {}) {
  if (!input.closing && !input.sanctuary)
    throw badRequest('closing_or_sanctuary_required', 'closing: choose closing, sanctuary or both', 'closing');
  if (input.sanctuary && !input.offers.length)
    throw badRequest('sanctuary_offer_required', 'offers: say what the sanctuary offers', 'offers');
  const zone = await findZoneAt(ctx, input.lat, input.lng);
  if (!zone) throw badRequest('outside_network', 'lat: this place is outside every neighbourhood of the network', 'lat');
  const campaign = input.campaignId ? await findCampaign(ctx.db, input.campaignId) : null;
  if (input.campaignId && (!campaign || campaign.state === 'draft'))
    throw badRequest('unknown_campaign', 'campaignId: there is no such campaign', 'campaignId');
  const now = ctx.clock.now();
  const row: BusinessTable = {
    id: ctx.ids.next(),
    name: input.name,
    kind: input.kind,
    address: input.address,
    lat: input.lat,
    lng: input.lng,
    zoneId: zone.id,
    campaignId: input.campaignId ?? null,
    closing: input.closing ? 1 : 0,
    sanctuary: input.sanctuary ? 1 : 0,
    offers: JSON.stringify(input.sanctuary ? [...new Set(input.offers)] : []),
    hours: input.hours,
    publicConsent: input.publicConsent ? 1 : 0,
    contact: input.contact || null,
    createdAt: now,
    verifiedAt: null,
    verifiedBy: null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    const near = await businessesInZone(tx, zone.id);
    if (near.some((b) => folded(b.name) === folded(input.name) && folded(b.address) === folded(input.address)))
      throw conflict('business_exists', 'This business has already signed up.', 'name');
    await insertBusiness(tx, row);
    await audit(ctx, tx, { actor: null, action: 'business.signed_up', objectType: 'business', objectId: row.id });
  });
  return { id: row.id, zone };
}

export async function verifyBusiness(ctx: AppContext, actor: Principal, id: string): Promise<ReviewedBusiness> {
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await findBusiness(tx, id);
    if (!found) throw notFound('Business');
    if (found.verifiedAt !== null) return found;
    const verified = { ...found, verifiedAt: ctx.clock.now(), verifiedBy: actor.memberId };
    await markVerified(tx, id, verified.verifiedAt, actor.memberId);
    await audit(ctx, tx, { actor, action: 'business.verified', objectType: 'business', objectId: id });
    return verified;
  });
  return (await presentForReview(ctx, [row]))[0];
}

/** Not a real business, or it asked to be taken off: removed with everything it gave. */
export async function removeBusiness(ctx: AppContext, actor: Principal, id: string) {
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await findBusiness(tx, id))) throw notFound('Business');
    await deleteBusiness(tx, id);
    await audit(ctx, tx, { actor, action: 'business.removed', objectType: 'business', objectId: id });
  });
  return { removed: true as const };
}

/** The private contact, for an organiser who needs to reach the business; every reading is audited. */
export async function revealContact(ctx: AppContext, actor: Principal, id: string) {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await findBusiness(tx, id);
    if (!row) throw notFound('Business');
    await audit(ctx, tx, { actor, action: 'business.contact_revealed', objectType: 'business', objectId: id });
    return { contact: row.contact };
  });
}
