import { changedAny, rowsChanged } from '../../core/db/portable';
import type { Db } from '../../database';
import type { PatrolFeedTable, PatrolSeriesTable, PatrolShiftTable, PatrolSiteTable } from './schema';

/** Queries of sites, series and shifts; every function takes the database (or a transaction) first. */

// Sites

export const insertSite = (db: Db, row: PatrolSiteTable) => db.insertInto('patrolSite').values(row).execute();

export const updateSite = (db: Db, id: string, set: Partial<PatrolSiteTable>) =>
  db.updateTable('patrolSite').set(set).where('id', '=', id).execute();

export const findSite = (db: Db, id: string) => db.selectFrom('patrolSite').selectAll().where('id', '=', id).executeTakeFirst();

export const listSiteRows = (db: Db) => db.selectFrom('patrolSite').selectAll().orderBy('name').orderBy('id').execute();

// Series

export const insertSeries = (db: Db, row: PatrolSeriesTable) => db.insertInto('patrolSeries').values(row).execute();

export const updateSeries = (db: Db, id: string, set: Partial<PatrolSeriesTable>) =>
  db.updateTable('patrolSeries').set(set).where('id', '=', id).execute();

export const findSeries = (db: Db, id: string) => db.selectFrom('patrolSeries').selectAll().where('id', '=', id).executeTakeFirst();

export const listSeriesOfSite = (db: Db, siteId: string) =>
  db.selectFrom('patrolSeries').selectAll().where('siteId', '=', siteId).orderBy('startTime').orderBy('id').execute();

/** Series of live sites whose shifts stop short of `horizon` and that have days left before their end. */
export const listSeriesShortOf = (db: Db, horizon: string) =>
  db
    .selectFrom('patrolSeries')
    .selectAll('patrolSeries')
    .innerJoin('patrolSite', 'patrolSite.id', 'patrolSeries.siteId')
    .where('patrolSeries.materialisedThrough', '<', horizon)
    .where('patrolSite.archivedAt', 'is', null)
    .where((eb) =>
      eb.or([eb('patrolSeries.endsOn', 'is', null), eb('patrolSeries.endsOn', '>', eb.ref('patrolSeries.materialisedThrough'))]),
    )
    .execute();

/** Moves the series' horizon forward only: of two nodes extending it at once, neither moves it back. */
export const advanceHorizon = (db: Db, id: string, through: string) =>
  db
    .updateTable('patrolSeries')
    .set({ materialisedThrough: through })
    .where('id', '=', id)
    .where('materialisedThrough', '<', through)
    .execute();

// Shifts

/** Inserts the shifts a series lacks; days it already has (made by another node, or kept booked) stay as they are. */
export async function insertShifts(db: Db, rows: PatrolShiftTable[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insertInto('patrolShift')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['seriesId', 'localDate']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export const findShift = (db: Db, id: string) => db.selectFrom('patrolShift').selectAll().where('id', '=', id).executeTakeFirst();

/** Shifts of a series still to start that nobody holds a place on: they follow the series' rule. */
export const deleteUnbookedShifts = async (db: Db, seriesId: string, after: number) =>
  rowsChanged(
    await db
      .deleteFrom('patrolShift')
      .where('seriesId', '=', seriesId)
      .where('startsAt', '>', after)
      .where('state', '=', 'scheduled')
      .where('taken', '=', 0)
      .executeTakeFirst(),
  );

/**
 * Booked shifts still to start keep their time and qualification (people signed up for those) but
 * take the new minimum, and a maximum never below the people already booked.
 */
export const resizeBookedShifts = (db: Db, seriesId: string, after: number, minPeople: number, maxPeople: number, now: number) =>
  db
    .updateTable('patrolShift')
    .set((eb) => ({
      minPeople,
      maxPeople: eb.case().when('taken', '>', maxPeople).then(eb.ref('taken')).else(maxPeople).end(),
      updatedAt: now,
    }))
    .where('seriesId', '=', seriesId)
    .where('startsAt', '>', after)
    .where('state', '=', 'scheduled')
    .where('taken', '>', 0)
    .execute();

export async function countUpcoming(db: Db, seriesId: string, after: number) {
  const row = await db
    .selectFrom('patrolShift')
    .select((eb) => [
      eb.fn.countAll<number>().as('upcoming'),
      eb.fn.sum<number>(eb.case().when('taken', '>', 0).then(1).else(0).end()).as('booked'),
    ])
    .where('seriesId', '=', seriesId)
    .where('startsAt', '>', after)
    .where('state', '=', 'scheduled')
    .executeTakeFirstOrThrow();
  return { upcoming: Number(row.upcoming), booked: Number(row.booked ?? 0) };
}

/** Takes a place if one is free: the condition and the CHECK constraint keep `taken` within the maximum. */
export const takePlace = async (db: Db, shiftId: string, now: number) =>
  changedAny(
    await db
      .updateTable('patrolShift')
      .set((eb) => ({ taken: eb('taken', '+', 1), updatedAt: now }))
      .where('id', '=', shiftId)
      .where('state', '=', 'scheduled')
      .where((eb) => eb('taken', '<', eb.ref('maxPeople')))
      .executeTakeFirst(),
  );

export const freePlace = (db: Db, shiftId: string, now: number) =>
  db
    .updateTable('patrolShift')
    .set((eb) => ({ taken: eb('taken', '-', 1), updatedAt: now }))
    .where('id', '=', shiftId)
    .where('taken', '>', 0)
    .execute();

export const cancelShiftRow = async (db: Db, id: string, now: number) =>
  changedAny(
    await db
      .updateTable('patrolShift')
      .set((eb) => ({ state: 'cancelled', cancelledAt: now, updatedAt: now, sequence: eb('sequence', '+', 1) }))
      .where('id', '=', id)
      .where('state', '=', 'scheduled')
      .executeTakeFirst(),
  );

// Reminders

export const listDueReminders = (db: Db, now: number) =>
  db
    .selectFrom('patrolShift')
    .select(['id', 'startsAt'])
    .where('reminderSentAt', 'is', null)
    .where('remindAt', '<=', now)
    .where('startsAt', '>', now)
    .where('state', '=', 'scheduled')
    .where('taken', '>', 0)
    .execute();

/** Only one node sends a shift's reminder: the one whose update finds it unsent. */
export const claimReminder = async (db: Db, id: string, now: number) =>
  changedAny(
    await db
      .updateTable('patrolShift')
      .set({ reminderSentAt: now })
      .where('id', '=', id)
      .where('reminderSentAt', 'is', null)
      .executeTakeFirst(),
  );

// Calendar feeds

export const findFeedOf = (db: Db, memberId: string) =>
  db.selectFrom('patrolFeed').select('createdAt').where('memberId', '=', memberId).executeTakeFirst();

export const findFeedByHash = (db: Db, tokenHash: string) =>
  db.selectFrom('patrolFeed').select('memberId').where('tokenHash', '=', tokenHash).executeTakeFirst();

/** One feed per member: a new token replaces the old one. */
export const replaceFeed = (db: Db, row: PatrolFeedTable) =>
  db
    .insertInto('patrolFeed')
    .values(row)
    .onConflict((oc) => oc.column('memberId').doUpdateSet({ tokenHash: row.tokenHash, createdAt: row.createdAt }))
    .execute();

export const deleteFeed = (db: Db, memberId: string) => db.deleteFrom('patrolFeed').where('memberId', '=', memberId).execute();

/** The next `limit` scheduled shifts of a series starting after `after`. */
export const nextShiftsOf = (db: Db, seriesId: string, after: number, limit: number) =>
  db
    .selectFrom('patrolShift')
    .selectAll()
    .where('seriesId', '=', seriesId)
    .where('startsAt', '>', after)
    .where('state', '=', 'scheduled')
    .orderBy('startsAt')
    .limit(limit)
    .execute();
