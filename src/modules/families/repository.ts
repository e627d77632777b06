import type { Db } from '../../database';
import type { FamilyCaseTable, FamilyNeedTable, FamilyNoteTable } from './schema';

export async function insertCase(db: Db, row: FamilyCaseTable) {
  await db.insertInto('familyCase').values(row).execute();
}

/** Reads a case to change it; on PostgreSQL the row is locked so that a close and a write never cross. */
export function findCase(db: Db, id: string, lock = false) {
  const q = db.selectFrom('familyCase').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function updateCase(db: Db, id: string, set: Partial<FamilyCaseTable>) {
  await db.updateTable('familyCase').set(set).where('id', '=', id).execute();
}

export async function closeCaseRow(db: Db, id: string, closeReason: string, at: number) {
  await db.updateTable('familyCase').set({ state: 'closed', closeReason, closedAt: at, updatedAt: at }).where('id', '=', id).execute();
}

/** The cases `memberId` is assigned to, open ones first, with how many of their needs are open. */
export function listCasesAssignedTo(db: Db, memberId: string) {
  return db
    .selectFrom('familyCase')
    .innerJoin('familyAssignment', 'familyAssignment.caseId', 'familyCase.id')
    .select((eb) => [
      'familyCase.id',
      'familyCase.label',
      'familyCase.state',
      'familyCase.createdAt',
      'familyCase.updatedAt',
      'familyCase.closedAt',
      eb
        .selectFrom('familyNeed')
        .select((n) => n.fn.countAll<number>().as('n'))
        .whereRef('familyNeed.caseId', '=', 'familyCase.id')
        .where('familyNeed.state', '=', 'open')
        .as('openNeeds'),
    ])
    .where('familyAssignment.memberId', '=', memberId)
    .orderBy('familyCase.state', 'desc')
    .orderBy('familyCase.updatedAt', 'desc')
    .orderBy('familyCase.id')
    .execute();
}

export async function insertNeeds(db: Db, rows: FamilyNeedTable[]) {
  if (rows.length) await db.insertInto('familyNeed').values(rows).execute();
}

export const listNeeds = (db: Db, caseId: string) =>
  db.selectFrom('familyNeed').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute();

export const findNeed = (db: Db, caseId: string, needId: string) =>
  db.selectFrom('familyNeed').selectAll().where('caseId', '=', caseId).where('id', '=', needId).executeTakeFirst();

export async function updateNeed(db: Db, id: string, set: Partial<FamilyNeedTable>) {
  await db.updateTable('familyNeed').set(set).where('id', '=', id).execute();
}

export async function insertNote(db: Db, row: FamilyNoteTable) {
  await db.insertInto('familyNote').values(row).execute();
}

export const listNotes = (db: Db, caseId: string) =>
  db.selectFrom('familyNote').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute();

/** Who is assigned to each of `caseIds`, in the order they were assigned. */
export async function assignmentsOf(db: Db, caseIds: readonly string[]): Promise<Map<string, string[]>> {
  const byCase = new Map<string, string[]>();
  if (!caseIds.length) return byCase;
  const rows = await db
    .selectFrom('familyAssignment')
    .select(['caseId', 'memberId'])
    .where('caseId', 'in', [...caseIds])
    .orderBy('assignedAt')
    .orderBy('memberId')
    .execute();
  for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r.memberId]);
  return byCase;
}

/** Makes the case's caseworkers exactly `memberIds`; those already assigned keep their assignment time. */
export async function setAssignments(db: Db, caseId: string, memberIds: readonly string[], by: string, at: number) {
  await db
    .deleteFrom('familyAssignment')
    .where('caseId', '=', caseId)
    .where('memberId', 'not in', [...memberIds])
    .execute();
  await db
    .insertInto('familyAssignment')
    .values(memberIds.map((memberId) => ({ caseId, memberId, assignedBy: by, assignedAt: at })))
    .onConflict((oc) => oc.columns(['caseId', 'memberId']).doNothing())
    .execute();
}

/** Every case's id, state and dates (no sealed column): what organisers may know. */
export const listCaseHeaders = (db: Db) =>
  db
    .selectFrom('familyCase')
    .select(['id', 'state', 'createdAt', 'closedAt'])
    .orderBy('state', 'desc')
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();

/** Deletes cases closed before `cutoff`; their needs, notes and assignments go with them (on delete cascade). */
export async function deleteCasesClosedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db.deleteFrom('familyCase').where('state', '=', 'closed').where('closedAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
