import type { AppContext } from '../../context';
import { HOUR, MINUTE } from '../../core/clock';
import { badRequest, notFound } from '../../core/errors';
import { addDays, isDate, isoWeekday, localDateAt, localInstant, mondayOf } from '../../core/local-time';
import type { Principal } from '../../core/roles';
import { validQualificationsOf } from '../trainings';
import type { MySignup, OpenShiftList, WeekQuery } from './contract';
import { CHECK_IN_OPENS_MINUTES, CHECK_OUT_CLOSES_HOURS } from './limits';
import { namesOfZones, presentShift } from './present';
import { shiftsStartingBetween } from './shift-queries';
import { findSignupWithShift, listSignupsOf, offeredPlaces, type SignupRow, shiftsHeldBy } from './signups-repository';

/** What a volunteer sees: their places, and the week's shifts they could take. */

export const checkInWindow = (shift: { startsAt: number; endsAt: number }) => ({
  checkInFrom: shift.startsAt - CHECK_IN_OPENS_MINUTES * MINUTE,
  checkInUntil: shift.endsAt,
  checkOutUntil: shift.endsAt + CHECK_OUT_CLOSES_HOURS * HOUR,
});

function present(row: SignupRow, zone: (id: string) => { id: string; name: string }): MySignup {
  return {
    id: row.signupId,
    status: row.status,
    offered: row.offeredAt !== null,
    checkedInAt: row.checkedInAt,
    checkedOutAt: row.checkedOutAt,
    lateCancel: row.lateCancel === 1,
    ...checkInWindow(row),
    shift: presentShift(row, zone),
  };
}

export async function describeSignup(ctx: AppContext, signupId: string): Promise<MySignup> {
  const row = await findSignupWithShift(ctx.db, signupId);
  if (!row) throw notFound('Sign-up');
  return present(row, await namesOfZones(ctx, [row]));
}

/** Places still to come, and those whose check-out is still open (a shift just over). */
export async function listMyShifts(ctx: AppContext, principal: Principal): Promise<MySignup[]> {
  const rows = await listSignupsOf(ctx.db, principal.memberId, ctx.clock.now() - CHECK_OUT_CLOSES_HOURS * HOUR);
  const zone = await namesOfZones(ctx, rows);
  return rows.map((r) => present(r, zone));
}

/** The Monday named by the query (checked), or this week's. */
export function weekStartOf(ctx: AppContext, week: string | undefined): string {
  if (week === undefined) return mondayOf(localDateAt(ctx.clock.now(), ctx.config.timeZone));
  if (!isDate(week) || isoWeekday(week) !== 1) throw badRequest('not_a_monday', 'Choose a week by its Monday.', 'week');
  return week;
}

export const weekBounds = (ctx: AppContext, monday: string) => ({
  from: localInstant(monday, '00:00', ctx.config.timeZone),
  to: localInstant(addDays(monday, 7), '00:00', ctx.config.timeZone),
});

/**
 * The week's shifts still to start that a member could take: a free place, or a place someone
 * offers to swap. Shifts they already hold are listed too, marked as theirs.
 */
export async function listOpenShifts(ctx: AppContext, principal: Principal, query: WeekQuery): Promise<OpenShiftList> {
  const now = ctx.clock.now();
  const week = weekStartOf(ctx, query.week);
  const { from, to } = weekBounds(ctx, week);
  const rows = await shiftsStartingBetween(ctx.db, Math.max(from, now), to, query.zone);
  const ids = rows.map((r) => r.id);
  const [held, offers, qualifications, zone] = await Promise.all([
    shiftsHeldBy(ctx.db, principal.memberId, ids),
    offeredPlaces(ctx.db, ids, principal.memberId),
    validQualificationsOf(ctx.db, [principal.memberId], now),
    namesOfZones(ctx, rows),
  ]);
  const mine = qualifications.get(principal.memberId) ?? [];
  const shifts = rows
    .filter((r) => held.has(r.id) || r.taken < r.maxPeople || offers.has(r.id))
    .map((r) => ({
      ...presentShift(r, zone),
      mine: held.has(r.id),
      qualified: r.requiredQualification === null || mine.some((q) => q.kind === r.requiredQualification && q.expiresAt >= r.endsAt),
      offeredSignupId: held.has(r.id) ? null : (offers.get(r.id) ?? null),
    }));
  return { week, shifts };
}
