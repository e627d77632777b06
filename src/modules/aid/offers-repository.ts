import type { Db } from '../../database';
import type { AidOfferTable, AidVolunteerTable } from './schema';

/** Queries of volunteers' profiles and offers; db first. */

export const findVolunteer = (db: Db, memberId: string) =>
  db.selectFrom('aidVolunteer').selectAll().where('memberId', '=', memberId).executeTakeFirst();

export const saveVolunteer = (db: Db, row: AidVolunteerTable) =>
  db
    .insertInto('aidVolunteer')
    .values(row)
    .onConflict((oc) =>
      oc.column('memberId').doUpdateSet({
        zoneIds: row.zoneIds,
        skills: row.skills,
        languages: row.languages,
        vehicle: row.vehicle,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();

export const insertOffer = (db: Db, row: AidOfferTable) => db.insertInto('aidOffer').values(row).execute();

export const findOffer = (db: Db, id: string) => db.selectFrom('aidOffer').selectAll().where('id', '=', id).executeTakeFirst();

export const withdrawOfferRow = (db: Db, id: string, at: number) =>
  db.updateTable('aidOffer').set({ withdrawnAt: at }).where('id', '=', id).where('withdrawnAt', 'is', null).execute();

export const offersOf = (db: Db, memberId: string) =>
  db.selectFrom('aidOffer').selectAll().where('memberId', '=', memberId).orderBy('createdAt', 'desc').orderBy('id').execute();

/** Offers still standing: not withdrawn and not past their date. */
export const liveOffers = (db: Db, now: number) =>
  db
    .selectFrom('aidOffer')
    .selectAll()
    .where('withdrawnAt', 'is', null)
    .where('until', '>', now)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();

/** Offers withdrawn, or lapsed, before `cutoff`. */
export async function deleteOffersEndedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('aidOffer')
    .where((eb) => eb.or([eb('withdrawnAt', '<', cutoff), eb('until', '<', cutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
