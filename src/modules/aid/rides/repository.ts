import type { Db } from '../../../database';
import type { RideDriverTable, RideRiderTable } from './schema';

/** Drivers' availability and riders: queries only. */

/** False when the member already has a live availability (`liveMemberId` is unique). */
export async function insertDriver(db: Db, row: RideDriverTable): Promise<boolean> {
  const result = await db
    .insertInto('rideDriver')
    .values(row)
    .onConflict((oc) => oc.column('liveMemberId').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export const findDriver = (db: Db, id: string) => db.selectFrom('rideDriver').selectAll().where('id', '=', id).executeTakeFirst();

/** The member's availability that has not ended (at most one: `liveMemberId` is unique). */
export const findLiveDriverOf = (db: Db, memberId: string) =>
  db.selectFrom('rideDriver').selectAll().where('liveMemberId', '=', memberId).executeTakeFirst();

export async function updateDriver(db: Db, id: string, fields: Partial<RideDriverTable>) {
  await db.updateTable('rideDriver').set(fields).where('id', '=', id).execute();
}

/**
 * Who a run matches. On PostgreSQL a run locks these rows, so a driver pausing or a rider ending at the
 * same moment waits for the run and then cancels its rows too (see liveRunIds). In id order, so that
 * runs of different weeks take the locks in the same order.
 */
export function activeDrivers(db: Db, lock: boolean) {
  const q = db.selectFrom('rideDriver').selectAll().where('state', '=', 'active').orderBy('id');
  return (lock ? q.forUpdate() : q).execute();
}

export const driversByIds = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('rideDriver')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute()
    : Promise.resolve([]);

export async function insertRider(db: Db, row: RideRiderTable) {
  await db.insertInto('rideRider').values(row).execute();
}

export function findRider(db: Db, id: string, lock = false) {
  const q = db.selectFrom('rideRider').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export const findRiderByTokenHash = (db: Db, tokenHash: string) =>
  db.selectFrom('rideRider').selectAll().where('tokenHash', '=', tokenHash).where('state', '=', 'active').executeTakeFirst();

export async function updateRider(db: Db, id: string, fields: Partial<RideRiderTable>) {
  await db.updateTable('rideRider').set(fields).where('id', '=', id).execute();
}

export function activeRiders(db: Db, lock: boolean) {
  const q = db.selectFrom('rideRider').selectAll().where('state', '=', 'active').orderBy('id');
  return (lock ? q.forUpdate() : q).execute();
}

/** Every rider, or only those `createdBy` registered (a caseworker's own). */
export function listRiderRows(db: Db, createdBy?: string) {
  let q = db.selectFrom('rideRider').selectAll();
  if (createdBy) q = q.where('createdBy', '=', createdBy);
  return q.orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
}

export const ridersOfMember = (db: Db, memberId: string) =>
  db.selectFrom('rideRider').selectAll().where('memberId', '=', memberId).where('state', '=', 'active').orderBy('createdAt').execute();

export const ridersByIds = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('rideRider')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute()
    : Promise.resolve([]);
