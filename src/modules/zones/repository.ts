import type { Db } from '../../database';
import type { ZoneTable } from './schema';

/** Queries of the zones module; every function takes the database (or a transaction) first. */

export const listZoneRows = (db: Db) => db.selectFrom('zone').select(['id', 'slug', 'name', 'labelLat', 'labelLng']).execute();

export const listZoneGeometries = (db: Db) =>
  db.selectFrom('zone').select(['id', 'slug', 'name', 'geometry', 'minLat', 'minLng', 'maxLat', 'maxLng']).execute();

export async function countZones(db: Db): Promise<number> {
  const row = await db
    .selectFrom('zone')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Zones whose bounding box holds the point: the few candidates for an exact test. */
export const zonesBoxing = (db: Db, lat: number, lng: number) =>
  db
    .selectFrom('zone')
    .select(['id', 'name', 'geometry'])
    .where('minLat', '<=', lat)
    .where('maxLat', '>=', lat)
    .where('minLng', '<=', lng)
    .where('maxLng', '>=', lng)
    .execute();

export const insertZone = (db: Db, row: ZoneTable) => db.insertInto('zone').values(row).execute();

export const updateZone = (db: Db, id: string, set: Omit<ZoneTable, 'id' | 'slug' | 'createdAt'>) =>
  db.updateTable('zone').set(set).where('id', '=', id).execute();

export async function deleteZones(db: Db, ids: string[]) {
  if (ids.length) await db.deleteFrom('zone').where('id', 'in', ids).execute();
}

export async function existingZoneIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('zone').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function zoneNamesById(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('zone')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

// Neighbours, stored in both directions so either side is one indexed lookup.

export const listNeighbourLinks = (db: Db) => db.selectFrom('zoneNeighbour').selectAll().execute();

export async function neighbourIdsOf(db: Db, zoneId: string): Promise<string[]> {
  const rows = await db.selectFrom('zoneNeighbour').select('neighbourId').where('zoneId', '=', zoneId).execute();
  return rows.map((r) => r.neighbourId).sort();
}

const INSERT_CHUNK = 500;

export async function replaceNeighbourLinks(db: Db, pairs: [string, string][]) {
  await db.deleteFrom('zoneNeighbour').execute();
  const links = pairs.flatMap(([a, b]) => [
    { zoneId: a, neighbourId: b },
    { zoneId: b, neighbourId: a },
  ]);
  for (let i = 0; i < links.length; i += INSERT_CHUNK) {
    await db
      .insertInto('zoneNeighbour')
      .values(links.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

// Watched zones

export async function watchedZoneIds(db: Db, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('zoneWatch').select('zoneId').where('memberId', '=', memberId).execute();
  return rows.map((r) => r.zoneId).sort();
}

export async function replaceWatches(db: Db, memberId: string, zoneIds: string[], now: number) {
  await db.deleteFrom('zoneWatch').where('memberId', '=', memberId).execute();
  if (zoneIds.length) {
    await db
      .insertInto('zoneWatch')
      .values(zoneIds.map((zoneId) => ({ memberId, zoneId, createdAt: now })))
      .execute();
  }
}

export async function watcherIds(db: Db, zoneIds: string[]): Promise<string[]> {
  if (!zoneIds.length) return [];
  const rows = await db.selectFrom('zoneWatch').select('memberId').distinct().where('zoneId', 'in', zoneIds).execute();
  return rows.map((r) => r.memberId).sort();
}

/** Zones whose bounding box overlaps the given box. */
export const zoneGeometriesBoxing = (db: Db, box: { minLat: number; maxLat: number; minLng: number; maxLng: number }) =>
  db
    .selectFrom('zone')
    .select(['id', 'geometry'])
    .where('minLat', '<=', box.maxLat)
    .where('maxLat', '>=', box.minLat)
    .where('minLng', '<=', box.maxLng)
    .where('maxLng', '>=', box.minLng)
    .execute();

export async function zoneGeometriesOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('zone')
    .select(['id', 'geometry'])
    .where('id', 'in', [...ids])
    .execute();
}
