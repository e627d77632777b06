import type { Db } from '../../../database';
import type { MarshalPlanTable, MarshalPostTable } from './schema';

/** Plans and posts. Assignments are in assignments-repository.ts. */

export const findPlan = (db: Db, id: string) => db.selectFrom('marshalPlan').selectAll().where('id', '=', id).executeTakeFirst();

export const findPlanByEvent = (db: Db, eventId: string) =>
  db.selectFrom('marshalPlan').selectAll().where('eventId', '=', eventId).executeTakeFirst();

export const listPlansOfEvents = (db: Db, eventIds: readonly string[]) =>
  eventIds.length ? db.selectFrom('marshalPlan').selectAll().where('eventId', 'in', eventIds).execute() : Promise.resolve([]);

/** Two organisers making the same event's plan at once: the unique event id keeps the first. */
export const insertPlanIfMissing = (db: Db, row: MarshalPlanTable) =>
  db
    .insertInto('marshalPlan')
    .values(row)
    .onConflict((oc) => oc.column('eventId').doNothing())
    .execute();

export const updatePlan = (db: Db, id: string, fields: Pick<MarshalPlanTable, 'expectedCrowd' | 'ratio' | 'contactLines' | 'updatedAt'>) =>
  db.updateTable('marshalPlan').set(fields).where('id', '=', id).execute();

/**
 * Takes the plan's row lock for the rest of the transaction (an update waits for any other one on
 * PostgreSQL; SQLite has one writer), so changes to its posts and assignments happen one at a time.
 */
export const lockPlan = (db: Db, id: string) =>
  db
    .updateTable('marshalPlan')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

/** Every plan and its event, for retention (plans are few: one per marshalled event). */
export const listPlanEvents = (db: Db) => db.selectFrom('marshalPlan').select(['id', 'eventId']).execute();

export async function erasePlanContactLines(db: Db, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const result = await db
    .updateTable('marshalPlan')
    .set({ contactLines: '[]' })
    .where('id', 'in', ids)
    .where('contactLines', '!=', '[]')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deletePlans(db: Db, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const result = await db.deleteFrom('marshalPlan').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const insertPost = (db: Db, row: MarshalPostTable) => db.insertInto('marshalPost').values(row).execute();

export const findPost = (db: Db, id: string) => db.selectFrom('marshalPost').selectAll().where('id', '=', id).executeTakeFirst();

export const updatePost = (db: Db, id: string, fields: Partial<Omit<MarshalPostTable, 'id' | 'planId' | 'createdAt'>>) =>
  db.updateTable('marshalPost').set(fields).where('id', '=', id).execute();

export const deletePost = (db: Db, id: string) => db.deleteFrom('marshalPost').where('id', '=', id).execute();

/** Posts of these plans in route order. */
export const listPosts = (db: Db, planIds: readonly string[]) =>
  planIds.length
    ? db.selectFrom('marshalPost').selectAll().where('planId', 'in', planIds).orderBy('position').orderBy('id').execute()
    : Promise.resolve([]);

export async function lastPosition(db: Db, planId: string): Promise<number> {
  const row = await db
    .selectFrom('marshalPost')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('planId', '=', planId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

/** Closes the gap a removed post leaves, so positions stay 1, 2, 3… */
export const closePositionGap = (db: Db, planId: string, removed: number) =>
  db
    .updateTable('marshalPost')
    .set((eb) => ({ position: eb('position', '-', 1) }))
    .where('planId', '=', planId)
    .where('position', '>', removed)
    .execute();

export const findPostAt = (db: Db, planId: string, position: number) =>
  db.selectFrom('marshalPost').selectAll().where('planId', '=', planId).where('position', '=', position).executeTakeFirst();
