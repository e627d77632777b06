import type { Db } from '../../database';
import type { BusinessTable } from './schema';

export async function insertBusiness(db: Db, row: BusinessTable) {
  await db.insertInto('business').values(row).execute();
}

export const findBusiness = (db: Db, id: string) => db.selectFrom('business').selectAll().where('id', '=', id).executeTakeFirst();

/** What the public map may show: verified by an organiser and consented to by the business. */
export const listPublicRows = (db: Db) =>
  db.selectFrom('business').selectAll().where('verifiedAt', 'is not', null).where('publicConsent', '=', 1).execute();

export const listAllRows = (db: Db) => db.selectFrom('business').selectAll().execute();

export const businessesInZone = (db: Db, zoneId: string) =>
  db.selectFrom('business').select(['id', 'name', 'address']).where('zoneId', '=', zoneId).execute();

export async function markVerified(db: Db, id: string, at: number, by: string) {
  await db.updateTable('business').set({ verifiedAt: at, verifiedBy: by }).where('id', '=', id).execute();
}

export async function deleteBusiness(db: Db, id: string) {
  await db.deleteFrom('business').where('id', '=', id).execute();
}

/** Erases private contacts left before `cutoff`; the business stays. */
export async function eraseContactsBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .updateTable('business')
    .set({ contact: null })
    .where('contact', 'is not', null)
    .where('createdAt', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteUnverifiedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db.deleteFrom('business').where('verifiedAt', 'is', null).where('createdAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
