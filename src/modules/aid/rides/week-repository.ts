import type { Db } from '../../../database';
import type { RideAssignmentTable, RideRunTable, RideWeekTable } from './schema';

/** Weeks, runs of the matching, their assignments and excluded pairs: queries only. */

const CHUNK = 500;

/** Creates the week's row unless it exists. */
export async function ensureWeek(db: Db, row: RideWeekTable) {
  await db
    .insertInto('rideWeek')
    .values(row)
    .onConflict((oc) => oc.column('weekStart').doNothing())
    .execute();
}

/** Locks the week's row for the rest of the transaction (an update takes the row lock on PostgreSQL). */
export const lockWeek = (db: Db, weekStart: string, now: number) =>
  db.updateTable('rideWeek').set({ updatedAt: now }).where('weekStart', '=', weekStart).returningAll().executeTakeFirstOrThrow();

export const findWeek = (db: Db, weekStart: string) =>
  db.selectFrom('rideWeek').selectAll().where('weekStart', '=', weekStart).executeTakeFirst();

export async function updateWeek(db: Db, weekStart: string, fields: Partial<RideWeekTable>) {
  await db.updateTable('rideWeek').set(fields).where('weekStart', '=', weekStart).execute();
}

export const weeksFrom = (db: Db, weekStart: string) =>
  db.selectFrom('rideWeek').selectAll().where('weekStart', '>=', weekStart).orderBy('weekStart').execute();

export const weeksIn = (db: Db, weekStarts: readonly string[]) =>
  db
    .selectFrom('rideWeek')
    .selectAll()
    .where('weekStart', 'in', [...weekStarts])
    .orderBy('weekStart')
    .execute();

export async function insertRun(db: Db, row: RideRunTable, assignments: RideAssignmentTable[]) {
  await db.insertInto('rideRun').values(row).execute();
  for (let i = 0; i < assignments.length; i += CHUNK)
    await db
      .insertInto('rideAssignment')
      .values(assignments.slice(i, i + CHUNK))
      .execute();
}

export const findRun = (db: Db, id: string) => db.selectFrom('rideRun').selectAll().where('id', '=', id).executeTakeFirst();

/** A run and (by cascade) its assignments. */
export async function deleteRun(db: Db, id: string) {
  await db.deleteFrom('rideRun').where('id', '=', id).execute();
}

export const assignmentsOfRun = (db: Db, runId: string) =>
  db.selectFrom('rideAssignment').selectAll().where('runId', '=', runId).orderBy('weekday').orderBy('riderId').execute();

/** Runs of weeks not yet over: what a driver or rider leaving still affects. */
export async function liveRunIds(db: Db, now: number): Promise<string[]> {
  const weeks = await db.selectFrom('rideWeek').select(['draftRunId', 'publishedRunId']).where('endsAt', '>', now).execute();
  return [...new Set(weeks.flatMap((w) => [w.draftRunId, w.publishedRunId]).filter((id): id is string => id !== null))];
}

/** Marks the matched rows of a driver or rider in these runs as cancelled; returns how many. */
export async function cancelAssignments(
  db: Db,
  who: { driverId: string } | { riderId: string },
  runIds: readonly string[],
  now: number,
): Promise<number> {
  if (!runIds.length) return 0;
  let q = db
    .updateTable('rideAssignment')
    .set({ cancelledAt: now, cancelReason: 'driverId' in who ? 'driver_left' : 'rider_left' })
    .where('runId', 'in', [...runIds])
    .where('driverId', 'is not', null)
    .where('cancelledAt', 'is', null);
  q = 'driverId' in who ? q.where('driverId', '=', who.driverId) : q.where('riderId', '=', who.riderId);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export async function insertExclusion(
  db: Db,
  row: { weekStart: string; riderId: string; driverId: string; createdAt: number; createdBy: string },
) {
  await db
    .insertInto('rideExclusion')
    .values(row)
    .onConflict((oc) => oc.columns(['weekStart', 'riderId', 'driverId']).doNothing())
    .execute();
}

export async function deleteExclusion(db: Db, weekStart: string, riderId: string, driverId: string) {
  await db
    .deleteFrom('rideExclusion')
    .where('weekStart', '=', weekStart)
    .where('riderId', '=', riderId)
    .where('driverId', '=', driverId)
    .execute();
}

export const exclusionsOf = (db: Db, weekStart: string) =>
  db.selectFrom('rideExclusion').select(['riderId', 'driverId']).where('weekStart', '=', weekStart).orderBy('createdAt').execute();

/** A driver member's live published rides in these weeks. */
export const publishedRidesOfDriver = (db: Db, memberId: string, weekStarts: readonly string[]) =>
  db
    .selectFrom('rideAssignment as a')
    .innerJoin('rideWeek as w', 'w.publishedRunId', 'a.runId')
    .innerJoin('rideDriver as d', 'd.id', 'a.driverId')
    .innerJoin('rideRider as r', 'r.id', 'a.riderId')
    .select(['a.id', 'w.weekStart', 'w.version', 'a.weekday', 'a.pickupMinute', 'r.firstName', 'r.pickupZoneId', 'r.destinationZoneId'])
    .where('d.memberId', '=', memberId)
    .where('w.weekStart', 'in', [...weekStarts])
    .where('a.cancelledAt', 'is', null)
    .orderBy('w.weekStart')
    .orderBy('a.weekday')
    .orderBy('a.pickupMinute')
    .orderBy('a.id')
    .execute();

/** A rider's days in the published runs of these weeks, with the driver's first name and vehicle note where matched. */
export const publishedDaysOfRider = (db: Db, riderId: string, weekStarts: readonly string[]) =>
  db
    .selectFrom('rideAssignment as a')
    .innerJoin('rideWeek as w', 'w.publishedRunId', 'a.runId')
    .leftJoin('rideDriver as d', 'd.id', 'a.driverId')
    .select(['w.weekStart', 'a.weekday', 'a.pickupMinute', 'a.cancelledAt', 'd.firstName', 'd.vehicleNote'])
    .where('a.riderId', '=', riderId)
    .where('w.weekStart', 'in', [...weekStarts])
    .orderBy('w.weekStart')
    .orderBy('a.weekday')
    .execute();

/** A published, live assignment with its driver's member and the rider's addresses (for the reveal only). */
export const findPublishedAssignment = (db: Db, id: string) =>
  db
    .selectFrom('rideAssignment as a')
    .innerJoin('rideWeek as w', 'w.publishedRunId', 'a.runId')
    .innerJoin('rideDriver as d', 'd.id', 'a.driverId')
    .innerJoin('rideRider as r', 'r.id', 'a.riderId')
    .select(['a.id', 'a.riderId', 'a.cancelledAt', 'w.weekStart', 'w.endsAt', 'd.memberId', 'r.pickupAddress', 'r.destinationAddress'])
    .where('a.id', '=', id)
    .executeTakeFirst();
