import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import type { TrainingAttendanceTable, TrainingRsvpTable, TrainingSessionTable } from './schema';

/** Queries about sessions, trainers, RSVPs and attendance; the database (or a transaction) comes first. */

export const insertSession = (db: Db, row: TrainingSessionTable) => db.insertInto('trainingSession').values(row).execute();

export const updateSession = (db: Db, id: string, set: Partial<TrainingSessionTable>) =>
  db.updateTable('trainingSession').set(set).where('id', '=', id).execute();

export const findSession = (db: Db, id: string) => db.selectFrom('trainingSession').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Takes the session's row lock for the rest of the transaction (an update that changes nothing):
 * every RSVP change starts here, so two never count places at once on PostgreSQL (SQLite has one writer).
 */
export const lockSession = (db: Db, id: string) =>
  db
    .updateTable('trainingSession')
    .set((eb) => ({ taken: eb.ref('taken') }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

/** One more place taken, only if one is left: false when the session is full. */
export const takePlace = async (db: Db, id: string) =>
  changedAny(
    await db
      .updateTable('trainingSession')
      .set((eb) => ({ taken: eb('taken', '+', 1) }))
      .where('id', '=', id)
      .where((eb) => eb('taken', '<', eb.ref('capacity')))
      .executeTakeFirst(),
  );

export const releasePlace = (db: Db, id: string) =>
  db
    .updateTable('trainingSession')
    .set((eb) => ({ taken: eb('taken', '-', 1) }))
    .where('id', '=', id)
    .where('taken', '>', 0)
    .execute();

export interface SessionFilter {
  /** Sessions still to end at or after this instant; or, with `past`, ended before it. */
  now: number;
  past?: boolean;
  courseId?: string;
  /** Only these sessions (a member's own). */
  ids?: readonly string[];
  limit: number;
}

export function listSessionRows(db: Db, f: SessionFilter) {
  let q = db.selectFrom('trainingSession').selectAll();
  if (f.past) q = q.where('endsAt', '<', f.now).orderBy('startsAt', 'desc');
  else q = q.where('endsAt', '>=', f.now).orderBy('startsAt', 'asc');
  if (f.courseId) q = q.where('courseId', '=', f.courseId);
  if (f.ids) {
    if (!f.ids.length) return Promise.resolve([]);
    q = q.where('id', 'in', [...new Set(f.ids)]);
  }
  return q.orderBy('id').limit(f.limit).execute();
}

// Trainers

export async function replaceTrainers(db: Db, sessionId: string, memberIds: readonly string[]) {
  await db.deleteFrom('trainingTrainer').where('sessionId', '=', sessionId).execute();
  await db
    .insertInto('trainingTrainer')
    .values([...new Set(memberIds)].map((memberId) => ({ sessionId, memberId })))
    .execute();
}

export function trainersOf(db: Db, sessionIds: readonly string[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('trainingTrainer')
    .select(['sessionId', 'memberId'])
    .where('sessionId', 'in', [...new Set(sessionIds)])
    .execute();
}

export const sessionIdsTaughtBy = async (db: Db, memberId: string) =>
  (await db.selectFrom('trainingTrainer').select('sessionId').where('memberId', '=', memberId).execute()).map((r) => r.sessionId);

// RSVPs

export const insertRsvp = (db: Db, row: TrainingRsvpTable) => db.insertInto('trainingRsvp').values(row).execute();

export const setRsvpStatus = (db: Db, id: string, status: TrainingRsvpTable['status'], now: number) =>
  db.updateTable('trainingRsvp').set({ status, updatedAt: now }).where('id', '=', id).execute();

export const findRsvpOf = (db: Db, sessionId: string, memberId: string) =>
  db.selectFrom('trainingRsvp').selectAll().where('sessionId', '=', sessionId).where('memberId', '=', memberId).executeTakeFirst();

export function rsvpsOfMember(db: Db, memberId: string, sessionIds?: readonly string[]) {
  let q = db.selectFrom('trainingRsvp').select(['sessionId', 'status']).where('memberId', '=', memberId);
  if (sessionIds) {
    if (!sessionIds.length) return Promise.resolve([]);
    q = q.where('sessionId', 'in', [...new Set(sessionIds)]);
  }
  return q.execute();
}

/** Scheduled sessions with people going that start within `before` of `now` and have had no reminder. */
export const listDueReminders = (db: Db, now: number, before: number) =>
  db
    .selectFrom('trainingSession')
    .select(['id', 'startsAt'])
    .where('state', '=', 'scheduled')
    .where('startsAt', '>', now)
    .where('startsAt', '<=', now + before)
    .where('reminderSentAt', 'is', null)
    .where('taken', '>', 0)
    .execute();

/** Only one node sends a session's reminder: the one whose update finds it unsent. */
export const claimReminder = async (db: Db, id: string, now: number) =>
  changedAny(
    await db
      .updateTable('trainingSession')
      .set({ reminderSentAt: now })
      .where('id', '=', id)
      .where('reminderSentAt', 'is', null)
      .executeTakeFirst(),
  );

export const rsvpsOfSession = (db: Db, sessionId: string) =>
  db.selectFrom('trainingRsvp').select(['memberId', 'status']).where('sessionId', '=', sessionId).orderBy('createdAt').execute();

export const goingMemberIds = async (db: Db, sessionId: string) =>
  (await rsvpsOfSession(db, sessionId)).flatMap((r) => (r.status === 'going' ? [r.memberId] : []));

// Attendance

/** Records attendance unless it already was: true when this call recorded it. */
export async function insertAttendanceOnce(db: Db, row: TrainingAttendanceTable): Promise<boolean> {
  const result = await db
    .insertInto('trainingAttendance')
    .values(row)
    .onConflict((oc) => oc.columns(['sessionId', 'memberId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function attendanceOfMember(db: Db, memberId: string, sessionIds: readonly string[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('trainingAttendance')
    .select(['sessionId', 'attendedAt'])
    .where('memberId', '=', memberId)
    .where('sessionId', 'in', [...new Set(sessionIds)])
    .execute();
}

export const attendanceOfSession = (db: Db, sessionId: string) =>
  db.selectFrom('trainingAttendance').select(['memberId', 'attendedAt']).where('sessionId', '=', sessionId).execute();

export async function countAttendance(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('trainingAttendance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sessionId', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Retention

/** Sessions that ended before `cutoff` go, with their trainers, RSVPs and attendance (by cascade). */
export async function deleteSessionsEndedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db.deleteFrom('trainingSession').where('endsAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
