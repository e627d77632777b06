import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { cellOf, isLatLng } from './cells';
import type { Located, ZoneFeatureCollection, ZoneSummary } from './contract';
import { type MultiPolygon, shapeContains, touchingPairs } from './geo';
import {
  existingZoneIds,
  listNeighbourLinks,
  listZoneGeometries,
  listZoneRows,
  neighbourIdsOf,
  replaceNeighbourLinks,
  replaceWatches,
  watchedZoneIds,
  watcherIds,
  zoneNamesById,
  zonesBoxing,
} from './repository';

/** Zones are sorted the same way on both engines (their collations differ). */
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Stored geometries were validated on import; this only reads them back. */
const shapeOf = (geometry: string): MultiPolygon => (JSON.parse(geometry) as { coordinates: MultiPolygon }).coordinates;

export async function listZones(ctx: AppContext): Promise<ZoneSummary[]> {
  const [rows, links] = await Promise.all([listZoneRows(ctx.db), listNeighbourLinks(ctx.db)]);
  const neighbours = new Map<string, string[]>();
  for (const { zoneId, neighbourId } of links) neighbours.set(zoneId, [...(neighbours.get(zoneId) ?? []), neighbourId]);
  return rows
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      label: { lat: r.labelLat, lng: r.labelLng },
      neighbours: (neighbours.get(r.id) ?? []).sort(),
    }))
    .sort(byName);
}

// About a metre: finer than any border is surveyed, and it keeps the map's download small.
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

export async function zonesGeoJson(ctx: AppContext): Promise<ZoneFeatureCollection> {
  const rows = (await listZoneGeometries(ctx.db)).sort(byName);
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      properties: { id: r.id, slug: r.slug, name: r.name },
      geometry: {
        type: 'MultiPolygon',
        coordinates: shapeOf(r.geometry).map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [round5(lng), round5(lat)]))),
      },
    })),
  };
}

/** The zone holding a point, or null outside every zone. The point itself is not kept. */
export async function findZoneAt(ctx: AppContext, lat: number, lng: number): Promise<{ id: string; name: string } | null> {
  if (!isLatLng(lat, lng)) throw new RangeError(`Not a position on Earth: ${lat}, ${lng}`);
  const candidates = (await zonesBoxing(ctx.db, lat, lng)).sort(byName);
  const found = candidates.find((z) => shapeContains(shapeOf(z.geometry), { lat, lng }));
  return found ? { id: found.id, name: found.name } : null;
}

/** What a client learns about a point: its zone and coarse cell, never anything finer. */
export async function locate(ctx: AppContext, lat: number, lng: number): Promise<Located> {
  return { zone: await findZoneAt(ctx, lat, lng), cell: cellOf(lat, lng) };
}

/** Zone ids by slug (unknown slugs are left out), for demo data and imports that name zones. */
export async function zoneIdsBySlug(ctx: AppContext, slugs: readonly string[]): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const rows = await ctx.db
    .selectFrom('zone')
    .select(['id', 'slug'])
    .where('slug', 'in', [...slugs])
    .execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** Names of the given zones (unknown ids are left out). */
export const zoneNames = (ctx: AppContext, ids: readonly string[]) => zoneNamesById(ctx.db, ids);

export const neighboursOf = (ctx: AppContext, zoneId: string) => neighbourIdsOf(ctx.db, zoneId);

/** Members watching any of these zones, each once. */
export const watchersOf = (ctx: AppContext, zoneIds: readonly string[]) => watcherIds(ctx.db, [...new Set(zoneIds)]);

/** Works out every neighbour pair again from the stored shapes; returns how many pairs there are. */
export async function recomputeNeighbours(db: Db): Promise<number> {
  const rows = await listZoneGeometries(db);
  const pairs = touchingPairs(
    rows.map((r) => ({
      id: r.id,
      shape: shapeOf(r.geometry),
      bbox: { minLat: r.minLat, minLng: r.minLng, maxLat: r.maxLat, maxLng: r.maxLng },
    })),
  );
  await replaceNeighbourLinks(db, pairs);
  return pairs.length;
}

export const getWatchedZones = async (ctx: AppContext, memberId: string) => ({ zoneIds: await watchedZoneIds(ctx.db, memberId) });

/** Published after a member's watched zones change, so live streams and audience counts follow. */
export const ZONE_WATCH_CHANGED = 'zones.watch_changed';
export interface ZoneWatchChanged {
  memberId: string;
  zoneIds: string[];
}

/** Replaces the zones a member watches, all or nothing. */
export async function setWatchedZones(ctx: AppContext, principal: Principal, zoneIds: readonly string[]) {
  const wanted = [...new Set(zoneIds)];
  await ctx.db.transaction().execute(async (tx) => {
    const known = await existingZoneIds(tx, wanted);
    const unknown = wanted.find((id) => !known.has(id));
    if (unknown !== undefined) throw badRequest('unknown_zone', `zoneIds: there is no zone ${JSON.stringify(unknown)}`, 'zoneIds');
    await replaceWatches(tx, principal.memberId, wanted, ctx.clock.now());
    await audit(ctx, tx, { actor: principal, action: 'zones.watch_set', objectType: 'member', objectId: principal.memberId });
  });
  const watched = await getWatchedZones(ctx, principal.memberId);
  const event: ZoneWatchChanged = { memberId: principal.memberId, zoneIds: watched.zoneIds };
  await ctx.bus.publish(ZONE_WATCH_CHANGED, event);
  return watched;
}
