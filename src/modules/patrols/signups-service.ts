import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { requireQualification } from '../trainings';
import type { MySignup } from './contract';
import { LATE_CANCEL_HOURS } from './limits';
import { describeSignup } from './my-shifts';
import { pushAboutShift } from './notify';
import { findShift, freePlace, takePlace } from './repository';
import type { PatrolShiftTable, PatrolSignupTable } from './schema';
import { findBookedSignup, findOverlappingSignup, findSignup, insertSignup, updateBookedSignup } from './signups-repository';

/**
 * Places on shifts. The shift row counts its booked places; every booking moves that count with a
 * conditional update in the same transaction as the sign-up row, so the database itself refuses
 * overbooking (and its CHECK constraint refuses it again), on SQLite and PostgreSQL alike.
 */

async function openShift(db: Db, shiftId: string, now: number): Promise<PatrolShiftTable> {
  const shift = await findShift(db, shiftId);
  if (!shift) throw notFound('Shift');
  if (shift.state === 'cancelled') throw conflict('shift_cancelled', 'This shift was cancelled.');
  if (shift.startsAt <= now) throw conflict('shift_started', 'This shift has already started.');
  return shift;
}

/** A required qualification must be valid for the whole shift; the message names it. */
async function assertQualified(db: Db, memberId: string, shift: PatrolShiftTable) {
  if (shift.requiredQualification)
    await requireQualification(db, memberId, [shift.requiredQualification], { from: shift.startsAt, until: shift.endsAt }, 'shiftId');
}

/** Refuses a second place on the same shift, or a place on a shift at the same time as one already held. */
async function assertFree(tx: Db, memberId: string, shift: PatrolShiftTable) {
  if (await findBookedSignup(tx, shift.id, memberId)) throw conflict('already_signed_up', 'You already have a place on this shift.');
  if (await findOverlappingSignup(tx, memberId, shift.id, shift.startsAt, shift.endsAt))
    throw conflict('shift_overlaps', 'You already have a place on another shift at that time.');
}

const newSignup = (ctx: AppContext, shiftId: string, memberId: string, now: number): PatrolSignupTable => ({
  id: ctx.ids.next(),
  shiftId,
  memberId,
  status: 'booked',
  offeredAt: null,
  checkedInAt: null,
  checkedOutAt: null,
  cancelledAt: null,
  lateCancel: 0,
  swappedTo: null,
  createdAt: now,
  updatedAt: now,
});

export async function signUp(ctx: AppContext, principal: Principal, shiftId: string): Promise<MySignup> {
  const now = ctx.clock.now();
  const shift = await openShift(ctx.db, shiftId, now);
  await assertQualified(ctx.db, principal.memberId, shift);
  const signup = await ctx.db.transaction().execute(async (tx) => {
    // The place first: on PostgreSQL this update holds the shift's row lock to the end, so the checks
    // below see every earlier sign-up to this shift.
    const placed = await takePlace(tx, shiftId, now);
    await assertFree(tx, principal.memberId, shift);
    if (!placed) {
      const current = await findShift(tx, shiftId);
      if (current?.state === 'cancelled') throw conflict('shift_cancelled', 'This shift was cancelled.');
      throw conflict('shift_full', 'This shift is full. Look for another one, or for a place someone offers to swap.');
    }
    const row = newSignup(ctx, shiftId, principal.memberId, now);
    await insertSignup(tx, row);
    return row;
  });
  return describeSignup(ctx, signup.id);
}

/** One's own booked place, or 404 (another member's sign-up is nobody else's business). */
async function ownBooked(db: Db, principal: Principal, signupId: string): Promise<PatrolSignupTable> {
  const signup = await findSignup(db, signupId);
  if (!signup || signup.memberId !== principal.memberId) throw notFound('Sign-up');
  if (signup.status !== 'booked') throw conflict('signup_not_booked', 'You no longer hold this place.');
  return signup;
}

/** Frees the place. Within LATE_CANCEL_HOURS of the start it is noted as late, for organisers. */
export async function cancelSignup(ctx: AppContext, principal: Principal, signupId: string): Promise<MySignup> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const signup = await ownBooked(tx, principal, signupId);
    const shift = await findShift(tx, signup.shiftId);
    if (!shift) throw notFound('Shift');
    const scheduled = shift.state === 'scheduled';
    if (scheduled && shift.startsAt <= now) throw conflict('shift_started', 'This shift has already started.');
    const late = scheduled && shift.startsAt - now < LATE_CANCEL_HOURS * HOUR;
    const set = { status: 'cancelled' as const, cancelledAt: now, lateCancel: late ? 1 : 0, offeredAt: null, updatedAt: now };
    if (!(await updateBookedSignup(tx, signupId, set))) throw conflict('signup_not_booked', 'You no longer hold this place.');
    await freePlace(tx, shift.id, now);
  });
  return describeSignup(ctx, signupId);
}

/** Offers one's place to others (a swap); until someone takes it, it stays one's own. */
export async function setOffered(ctx: AppContext, principal: Principal, signupId: string, offered: boolean): Promise<MySignup> {
  const now = ctx.clock.now();
  const signup = await ownBooked(ctx.db, principal, signupId);
  if (offered) await openShift(ctx.db, signup.shiftId, now);
  if ((signup.offeredAt !== null) !== offered)
    await updateBookedSignup(ctx.db, signupId, { offeredAt: offered ? now : null, updatedAt: now });
  return describeSignup(ctx, signupId);
}

/**
 * Takes a place another member offers, in one transaction: their sign-up becomes `swapped` and the
 * taker's is booked, so the shift's count never moves. Of two members taking it at once, one gets it.
 */
export async function takeOffer(ctx: AppContext, principal: Principal, offeredSignupId: string): Promise<MySignup> {
  const now = ctx.clock.now();
  const offered = await findSignup(ctx.db, offeredSignupId);
  if (offered?.status !== 'booked' || offered.offeredAt === null)
    throw conflict('offer_gone', 'This place is no longer offered: someone took it, or its holder kept it.');
  if (offered.memberId === principal.memberId) throw conflict('own_offer', 'This is your own place.');
  const shift = await openShift(ctx.db, offered.shiftId, now);
  await assertQualified(ctx.db, principal.memberId, shift);
  const taken = await ctx.db.transaction().execute(async (tx) => {
    await assertFree(tx, principal.memberId, shift);
    const row = newSignup(ctx, shift.id, principal.memberId, now);
    const handedOver = await updateBookedSignup(
      tx,
      offered.id,
      { status: 'swapped', swappedTo: row.id, offeredAt: null, updatedAt: now },
      { offered: true },
    );
    if (!handedOver) throw conflict('offer_gone', 'This place is no longer offered: someone took it, or its holder kept it.');
    await insertSignup(tx, row);
    await audit(ctx, tx, { actor: principal, action: 'patrol_signup.swapped', objectType: 'patrol_signup', objectId: offered.id });
    return row;
  });
  void pushAboutShift(ctx, [offered.memberId], shift);
  return describeSignup(ctx, taken.id);
}
