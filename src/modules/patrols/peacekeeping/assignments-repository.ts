import type { Db } from '../../../database';
import type { MarshalAssignmentTable } from './schema';

export const insertAssignment = (db: Db, row: MarshalAssignmentTable) => db.insertInto('marshalAssignment').values(row).execute();

export const findAssignment = (db: Db, id: string) =>
  db.selectFrom('marshalAssignment').selectAll().where('id', '=', id).executeTakeFirst();

export const findAssignmentOf = (db: Db, planId: string, memberId: string) =>
  db.selectFrom('marshalAssignment').selectAll().where('planId', '=', planId).where('memberId', '=', memberId).executeTakeFirst();

export const deleteAssignment = (db: Db, id: string) => db.deleteFrom('marshalAssignment').where('id', '=', id).execute();

/** Assignments of these plans, in the order they were made. */
export const listAssignments = (db: Db, planIds: readonly string[]) =>
  planIds.length
    ? db.selectFrom('marshalAssignment').selectAll().where('planId', 'in', planIds).orderBy('assignedAt').orderBy('id').execute()
    : Promise.resolve([]);

export const listAssignmentsOfMember = (db: Db, memberId: string) =>
  db.selectFrom('marshalAssignment').selectAll().where('memberId', '=', memberId).execute();

export async function countAtPost(db: Db, postId: string): Promise<number> {
  const row = await db
    .selectFrom('marshalAssignment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('postId', '=', postId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const clearLead = (db: Db, postId: string) =>
  db.updateTable('marshalAssignment').set({ lead: 0 }).where('postId', '=', postId).where('lead', '=', 1).execute();

export const updateAssignment = (
  db: Db,
  id: string,
  fields: Partial<Pick<MarshalAssignmentTable, 'lead' | 'phone' | 'checkedInAt' | 'checkedOutAt'>>,
) => db.updateTable('marshalAssignment').set(fields).where('id', '=', id).execute();

export async function eraseAssignmentPhones(db: Db, planIds: readonly string[]): Promise<number> {
  if (!planIds.length) return 0;
  const result = await db
    .updateTable('marshalAssignment')
    .set({ phone: null })
    .where('planId', 'in', planIds)
    .where('phone', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
