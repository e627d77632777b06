import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import { ANSWERED_STATES, type OfferState } from './contract';
import type { DispatchCaseTable, DispatchChecklistTable, DispatchOfferTable } from './schema';

/** Queries of the dispatch module; every function takes the database (or a transaction) first. */

// Duty

export async function dutyZoneIds(db: Db, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('responderDuty').select('zoneId').where('memberId', '=', memberId).execute();
  return rows.map((r) => r.zoneId).sort();
}

/** Keeps `since` of the zones the responder stays on duty for. */
export async function replaceDuty(db: Db, memberId: string, zoneIds: string[], now: number) {
  let gone = db.deleteFrom('responderDuty').where('memberId', '=', memberId);
  if (zoneIds.length) gone = gone.where('zoneId', 'not in', zoneIds);
  await gone.execute();
  if (zoneIds.length)
    await db
      .insertInto('responderDuty')
      .values(zoneIds.map((zoneId) => ({ memberId, zoneId, since: now })))
      .onConflict((oc) => oc.columns(['memberId', 'zoneId']).doNothing())
      .execute();
}

// Cases

/** False when the case already exists (another node, or the same event delivered again). */
export async function insertCase(db: Db, row: DispatchCaseTable): Promise<boolean> {
  const inserted = await db
    .insertInto('dispatchCase')
    .values(row)
    .onConflict((oc) => oc.column('reportId').doNothing())
    .returning('reportId')
    .execute();
  return inserted.length > 0;
}

export const findCase = (db: Db, reportId: string) =>
  db.selectFrom('dispatchCase').selectAll().where('reportId', '=', reportId).executeTakeFirst();

export const listOpenCases = (db: Db) =>
  db.selectFrom('dispatchCase').selectAll().where('closedAt', 'is', null).orderBy('openedAt', 'desc').execute();

/** Open cases opened at or before `openedBy`, not widened yet, that nobody has answered. */
export const listCasesToWiden = (db: Db, openedBy: number) =>
  db
    .selectFrom('dispatchCase')
    .selectAll()
    .where('closedAt', 'is', null)
    .where('widenedAt', 'is', null)
    .where('openedAt', '<=', openedBy)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('dispatchOffer')
            .select('dispatchOffer.id')
            .whereRef('dispatchOffer.reportId', '=', 'dispatchCase.reportId')
            .where('dispatchOffer.state', 'in', ANSWERED_STATES),
        ),
      ),
    )
    .execute();

/** Only one node (or one dispatcher) widens a case: the one whose update finds it not widened yet. */
export const markWidened = async (db: Db, reportId: string, at: number) =>
  changedAny(
    await db
      .updateTable('dispatchCase')
      .set({ widenedAt: at })
      .where('reportId', '=', reportId)
      .where('widenedAt', 'is', null)
      .where('closedAt', 'is', null)
      .executeTakeFirst(),
  );

export const markClosed = async (db: Db, reportId: string, at: number) =>
  changedAny(
    await db
      .updateTable('dispatchCase')
      .set({ closedAt: at })
      .where('reportId', '=', reportId)
      .where('closedAt', 'is', null)
      .executeTakeFirst(),
  );

// Offers

/** Inserts the offers not made before; returns those it made. */
export async function insertOffers(db: Db, rows: DispatchOfferTable[]): Promise<{ id: string; memberId: string }[]> {
  if (!rows.length) return [];
  return db
    .insertInto('dispatchOffer')
    .values(rows)
    .onConflict((oc) => oc.columns(['reportId', 'memberId']).doNothing())
    .returning(['id', 'memberId'])
    .execute();
}

/** Reads the offer for a change; on PostgreSQL the row is locked so two taps cannot both win. */
export const findOfferForUpdate = (db: Db, id: string, lock: boolean) => {
  const q = db.selectFrom('dispatchOffer').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

/** Changes the offer only if it is still in one of `from`; false when someone else moved it first. */
export const moveOfferRow = async (db: Db, id: string, from: readonly OfferState[], set: Partial<DispatchOfferTable>) =>
  changedAny(await db.updateTable('dispatchOffer').set(set).where('id', '=', id).where('state', 'in', from).executeTakeFirst());

export const listOffersOfCases = (db: Db, reportIds: readonly string[]) =>
  reportIds.length
    ? db
        .selectFrom('dispatchOffer')
        .selectAll()
        .where('reportId', 'in', [...reportIds])
        .orderBy('offeredAt')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

export const listMemberOffers = (db: Db, memberId: string, states: readonly OfferState[]) =>
  db
    .selectFrom('dispatchOffer')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('state', 'in', states)
    .orderBy('offeredAt', 'desc')
    .execute();

export const listOffersDueToExpire = (db: Db, now: number) =>
  db.selectFrom('dispatchOffer').selectAll().where('state', '=', 'offered').where('expiresAt', '<=', now).execute();

export const listOpenOffersOf = (db: Db, reportId: string, states: readonly OfferState[]) =>
  db.selectFrom('dispatchOffer').selectAll().where('reportId', '=', reportId).where('state', 'in', states).execute();

// Checklist

export const insertChecklistEntry = (db: Db, row: DispatchChecklistTable) => db.insertInto('dispatchChecklist').values(row).execute();

export const listChecklistOf = (db: Db, column: 'reportId' | 'offerId', ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('dispatchChecklist')
        .selectAll()
        .where(column, 'in', [...ids])
        .orderBy('observedAt')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

// Retention

/** Deletes the cases (with their offers and checklists) of these incidents, or closed before `cutoff`. */
export async function deleteCases(db: Db, cutoff: number, alsoReportIds: readonly string[]): Promise<number> {
  const result = await db
    .deleteFrom('dispatchCase')
    .where((eb) => {
      const closed = eb('closedAt', '<', cutoff);
      return alsoReportIds.length ? eb.or([closed, eb('reportId', 'in', [...alsoReportIds])]) : closed;
    })
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
