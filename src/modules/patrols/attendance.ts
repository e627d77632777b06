import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import type { MySignup, Shift, ShiftPeople, Volunteer } from './contract';
import { checkInWindow, describeSignup } from './my-shifts';
import { pushAboutShift } from './notify';
import { namesOfZones, presentShift } from './present';
import { cancelShiftRow, findShift } from './repository';
import { findShiftWithSite } from './shift-queries';
import { bookedMemberIds, bookedPlacesOn, findSignup, updateBookedSignup, volunteerFigures } from './signups-repository';

/**
 * On the day: members check in on their phone from shortly before the start until the end, and check
 * out afterwards. A place held on a shift that ended without a check-in is a no-show.
 */

async function ownShift(ctx: AppContext, principal: Principal, signupId: string) {
  const signup = await findSignup(ctx.db, signupId);
  if (!signup || signup.memberId !== principal.memberId) throw notFound('Sign-up');
  if (signup.status !== 'booked') throw conflict('signup_not_booked', 'You no longer hold this place.');
  const shift = await findShift(ctx.db, signup.shiftId);
  if (!shift) throw notFound('Shift');
  if (shift.state === 'cancelled') throw conflict('shift_cancelled', 'This shift was cancelled.');
  return { signup, shift, window: checkInWindow(shift) };
}

export async function checkIn(ctx: AppContext, principal: Principal, signupId: string): Promise<MySignup> {
  const now = ctx.clock.now();
  const { signup, window } = await ownShift(ctx, principal, signupId);
  if (signup.checkedInAt === null) {
    if (now < window.checkInFrom || now > window.checkInUntil)
      throw conflict('shift_check_in_closed', 'Check-in opens 15 minutes before the shift and closes when it ends.');
    await updateBookedSignup(ctx.db, signupId, { checkedInAt: now, updatedAt: now });
  }
  return describeSignup(ctx, signupId);
}

export async function checkOut(ctx: AppContext, principal: Principal, signupId: string): Promise<MySignup> {
  const now = ctx.clock.now();
  const { signup, window } = await ownShift(ctx, principal, signupId);
  if (signup.checkedInAt === null) throw conflict('not_checked_in', 'Check in first.');
  if (signup.checkedOutAt === null) {
    if (now > window.checkOutUntil) throw conflict('check_out_closed', 'Check-out closed a few hours after the shift ended.');
    await updateBookedSignup(ctx.db, signupId, { checkedOutAt: now, updatedAt: now });
  }
  return describeSignup(ctx, signupId);
}

/** An organiser cancels one shift (a school closed for the day); the people on it get a push. */
export async function cancelShift(ctx: AppContext, actor: Principal, shiftId: string): Promise<Shift> {
  const now = ctx.clock.now();
  const cancelled = await ctx.db.transaction().execute(async (tx) => {
    const shift = await findShift(tx, shiftId);
    if (!shift) throw notFound('Shift');
    if (shift.endsAt <= now) throw conflict('shift_over', 'This shift is over.');
    if (!(await cancelShiftRow(tx, shiftId, now))) return false;
    await audit(ctx, tx, { actor, action: 'patrol_shift.cancelled', objectType: 'patrol_shift', objectId: shiftId });
    return true;
  });
  const row = await findShiftWithSite(ctx.db, shiftId);
  if (!row) throw notFound('Shift');
  if (cancelled) void pushAboutShift(ctx, await bookedMemberIds(ctx.db, shiftId), row);
  return presentShift(row, await namesOfZones(ctx, [row]));
}

/** Who holds a place on one shift and whether they have checked in, for its organisers (looking is audited). */
export async function shiftPeople(ctx: AppContext, actor: Principal, shiftId: string): Promise<ShiftPeople> {
  const row = await findShiftWithSite(ctx.db, shiftId);
  if (!row) throw notFound('Shift');
  const places = await bookedPlacesOn(ctx.db, shiftId);
  const names = await displayNamesOf(
    ctx.db,
    places.map((p) => p.memberId),
  );
  await audit(ctx, ctx.db, { actor, action: 'patrol.shift_people_viewed', objectType: 'patrol_shift', objectId: shiftId });
  return {
    shift: presentShift(row, await namesOfZones(ctx, [row])),
    people: places.map((p) => ({
      memberId: p.memberId,
      name: names.get(p.memberId) ?? '',
      offered: p.offeredAt !== null,
      checkedInAt: p.checkedInAt,
      checkedOutAt: p.checkedOutAt,
    })),
  };
}

/** Per volunteer, for organisers: shifts held, check-ins, no-shows, late cancellations (looking is audited). */
export async function listVolunteers(ctx: AppContext, actor: Principal): Promise<Volunteer[]> {
  const rows = await volunteerFigures(ctx.db, ctx.clock.now());
  const names = await displayNamesOf(
    ctx.db,
    rows.map((r) => r.memberId),
  );
  await audit(ctx, ctx.db, { actor, action: 'patrol.volunteers_viewed', objectType: 'patrol_signup' });
  return rows
    .map((r) => ({
      memberId: r.memberId,
      name: names.get(r.memberId) ?? '',
      shifts: Number(r.shifts ?? 0),
      checkedIn: Number(r.checkedIn ?? 0),
      noShows: Number(r.noShows ?? 0),
      lateCancellations: Number(r.lateCancellations ?? 0),
      upcoming: Number(r.upcoming ?? 0),
    }))
    .sort((a, b) => b.noShows - a.noShows || a.name.localeCompare(b.name, 'en'));
}
