import { changedAny, rowsChanged } from '../../core/db/portable';
import type { Db } from '../../database';
import type { PatrolSignupTable } from './schema';
import { shiftsWithSite } from './shift-queries';

/** Queries of sign-ups: who holds a place on which shift. */

export const insertSignup = (db: Db, row: PatrolSignupTable) => db.insertInto('patrolSignup').values(row).execute();

export const findSignup = (db: Db, id: string) => db.selectFrom('patrolSignup').selectAll().where('id', '=', id).executeTakeFirst();

export const findBookedSignup = (db: Db, shiftId: string, memberId: string) =>
  db
    .selectFrom('patrolSignup')
    .selectAll()
    .where('shiftId', '=', shiftId)
    .where('memberId', '=', memberId)
    .where('status', '=', 'booked')
    .executeTakeFirst();

/** Another scheduled shift the member holds a place on that overlaps [startsAt, endsAt). */
export const findOverlappingSignup = (db: Db, memberId: string, shiftId: string, startsAt: number, endsAt: number) =>
  db
    .selectFrom('patrolSignup as su')
    .innerJoin('patrolShift as sh', 'sh.id', 'su.shiftId')
    .select(['su.id', 'sh.startsAt'])
    .where('su.memberId', '=', memberId)
    .where('su.status', '=', 'booked')
    .where('sh.id', '!=', shiftId)
    .where('sh.state', '=', 'scheduled')
    .where('sh.startsAt', '<', endsAt)
    .where('sh.endsAt', '>', startsAt)
    .executeTakeFirst();

/** Changes a booked sign-up only while it is still booked (and, for `offered`, still offered): false when it no longer was. */
export async function updateBookedSignup(db: Db, id: string, set: Partial<PatrolSignupTable>, opts: { offered?: boolean } = {}) {
  let q = db.updateTable('patrolSignup').set(set).where('id', '=', id).where('status', '=', 'booked');
  if (opts.offered) q = q.where('offeredAt', 'is not', null);
  return changedAny(await q.executeTakeFirst());
}

/** The places held on one shift, in the order they were taken. */
export const bookedPlacesOn = (db: Db, shiftId: string) =>
  db
    .selectFrom('patrolSignup')
    .select(['memberId', 'offeredAt', 'checkedInAt', 'checkedOutAt'])
    .where('shiftId', '=', shiftId)
    .where('status', '=', 'booked')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

export const bookedMemberIds = async (db: Db, shiftId: string) => (await bookedPlacesOn(db, shiftId)).map((p) => p.memberId);

const signupsWithShift = (db: Db) =>
  shiftsWithSite(db)
    .innerJoin('patrolSignup as su', 'su.shiftId', 'sh.id')
    .select(['su.id as signupId', 'su.memberId', 'su.status', 'su.offeredAt', 'su.checkedInAt', 'su.checkedOutAt', 'su.lateCancel']);

export type SignupRow = Awaited<ReturnType<ReturnType<typeof signupsWithShift>['executeTakeFirstOrThrow']>>;

export const findSignupWithShift = (db: Db, signupId: string) => signupsWithShift(db).where('su.id', '=', signupId).executeTakeFirst();

/** A member's places on shifts that end after `since`, with the shift and its site. */
export const listSignupsOf = (db: Db, memberId: string, since: number) =>
  signupsWithShift(db)
    .where('su.memberId', '=', memberId)
    .where('su.status', '=', 'booked')
    .where('sh.endsAt', '>', since)
    .orderBy('sh.startsAt')
    .orderBy('sh.id')
    .execute();

/** One offered place per shift, not the asker's own, for shifts in `shiftIds`. */
export async function offeredPlaces(db: Db, shiftIds: readonly string[], notMemberId: string): Promise<Map<string, string>> {
  if (!shiftIds.length) return new Map();
  const rows = await db
    .selectFrom('patrolSignup')
    .select(['shiftId', 'id'])
    .where('shiftId', 'in', [...shiftIds])
    .where('status', '=', 'booked')
    .where('offeredAt', 'is not', null)
    .where('memberId', '!=', notMemberId)
    .orderBy('offeredAt')
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.shiftId)) out.set(r.shiftId, r.id);
  return out;
}

/** Which of these shifts the member holds a place on. */
export async function shiftsHeldBy(db: Db, memberId: string, shiftIds: readonly string[]): Promise<Set<string>> {
  if (!shiftIds.length) return new Set();
  const rows = await db
    .selectFrom('patrolSignup')
    .select('shiftId')
    .where('memberId', '=', memberId)
    .where('status', '=', 'booked')
    .where('shiftId', 'in', [...shiftIds])
    .execute();
  return new Set(rows.map((r) => r.shiftId));
}

/**
 * Per volunteer: past shifts held, check-ins, no-shows (held, not cancelled by organisers, ended,
 * never checked in), late cancellations and upcoming places. One grouped query.
 */
export function volunteerFigures(db: Db, now: number) {
  return db
    .selectFrom('patrolSignup as su')
    .innerJoin('patrolShift as sh', 'sh.id', 'su.shiftId')
    .select((eb) => {
      const heldPast = eb.and([eb('su.status', '=', 'booked'), eb('sh.state', '=', 'scheduled'), eb('sh.endsAt', '<=', now)]);
      const count = (cond: ReturnType<typeof eb.and>) => eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end());
      return [
        'su.memberId',
        count(heldPast).as('shifts'),
        count(eb.and([heldPast, eb('su.checkedInAt', 'is not', null)])).as('checkedIn'),
        count(eb.and([heldPast, eb('su.checkedInAt', 'is', null)])).as('noShows'),
        count(eb.and([eb('su.status', '=', 'cancelled'), eb('su.lateCancel', '=', 1)])).as('lateCancellations'),
        count(eb.and([eb('su.status', '=', 'booked'), eb('sh.state', '=', 'scheduled'), eb('sh.endsAt', '>', now)])).as('upcoming'),
      ];
    })
    .groupBy('su.memberId')
    .execute();
}

// Retention

/** Who patrolled when goes N days after the shift ended (the shift and its counts stay). */
export const deleteSignupsOfShiftsEndedBefore = async (db: Db, cutoff: number) =>
  rowsChanged(
    await db
      .deleteFrom('patrolSignup')
      .where('shiftId', 'in', (eb) => eb.selectFrom('patrolShift').select('id').where('endsAt', '<', cutoff))
      .executeTakeFirst(),
  );
