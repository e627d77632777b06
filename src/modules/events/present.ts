import type { AppContext } from '../../context';
import { listOrgs } from '../orgs';
import { findCampaign } from '../pledges';
import { zoneNames } from '../zones';
import type { EventCounts, PublicEvent } from './contract';
import { countRsvps, noCounts, type StatusCounts } from './repository';
import type { EventTable } from './schema';

export const publicCounts = (capacity: number | null, c: StatusCounts): EventCounts => ({
  going: c.going,
  waitlisted: c.waitlisted,
  placesLeft: capacity === null ? null : Math.max(0, capacity - c.going),
});

/** Titles of the campaigns the public may see (not drafts). */
async function publicCampaigns(ctx: AppContext, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await Promise.all([...new Set(ids)].map((id) => findCampaign(ctx.db, id)));
  return new Map(found.flatMap((c) => (c && c.state !== 'draft' ? [[c.id, c.title] as const] : [])));
}

/** Events as anyone may see them: details, place and counts — never who is coming. */
export async function presentEvents(ctx: AppContext, rows: readonly EventTable[]): Promise<PublicEvent[]> {
  if (!rows.length) return [];
  const present = <T>(ids: (T | null)[]) => ids.filter((id): id is T => id !== null);
  const [counts, zones, campaigns, orgs] = await Promise.all([
    countRsvps(
      ctx.db,
      rows.map((r) => r.id),
    ),
    zoneNames(ctx, present(rows.map((r) => r.zoneId))),
    publicCampaigns(ctx, present(rows.map((r) => r.campaignId))),
    rows.some((r) => r.orgId) ? listOrgs(ctx, false) : Promise.resolve([]),
  ]);
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  const named = (id: string | null, names: Map<string, string>) => {
    const name = id === null ? undefined : names.get(id);
    return id !== null && name !== undefined ? { id, name } : null;
  };
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    description: r.description,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    place: r.place,
    point: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    zone: named(r.zoneId, zones),
    capacity: r.capacity,
    campaign: named(r.campaignId, campaigns),
    org: named(r.orgId, orgNames),
    state: r.state,
    reminderHours: r.reminderHours,
    counts: publicCounts(r.capacity, counts.get(r.id) ?? noCounts()),
    demo: r.demo === 1,
  }));
}

export async function presentEvent(ctx: AppContext, row: EventTable): Promise<PublicEvent> {
  return (await presentEvents(ctx, [row]))[0];
}
