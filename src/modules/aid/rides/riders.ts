import type { AppContext } from '../../../context';
import { conflict, forbidden, notFound } from '../../../core/errors';
import { hashToken, secretToken } from '../../../core/ids';
import { hasRole, type Principal } from '../../../core/roles';
import { audit } from '../../audit';
import { assertAssignedCaseworker } from '../../families';
import type { MyRiding, NewRider, RiderLink, RiderSummary, RiderView, RiderWeek } from './contract';
import { coarsePlace, presentRider, zoneLookup } from './present';
import { findRider, findRiderByTokenHash, insertRider, listRiderRows, ridersOfMember, updateRider } from './repository';
import type { RideRiderTable } from './schema';
import { addDays, comingWeeks, minuteOf, runsBy, timeOf, weekdayMask } from './week';
import { cancelAssignments, liveRunIds, publishedDaysOfRider } from './week-repository';

/**
 * Riders: registered on someone's behalf by a hotline operator, caseworker or organiser, or by a member
 * for themselves. Each gets a secret link to their rides; only its hash is kept.
 */

/** Who sees every rider (coarse places and first names only). */
const seesAllRiders = (p: Principal) => hasRole(p, 'organiser') || hasRole(p, 'dispatcher');
const registersForOthers = (p: Principal) => seesAllRiders(p) || hasRole(p, 'caseworker');
const managesRider = (p: Principal, r: RideRiderTable) => seesAllRiders(p) || r.createdBy === p.memberId || r.memberId === p.memberId;

export async function registerRider(
  ctx: AppContext,
  principal: Principal,
  input: NewRider,
  opts: { demo?: boolean } = {},
): Promise<RiderLink> {
  if (!input.forSelf && !registersForOthers(principal))
    throw forbidden('Only a hotline operator, caseworker or organiser registers riders for someone else.', 'rider_for_others_not_allowed');
  if (input.caseId !== undefined) await assertAssignedCaseworker(ctx, principal, input.caseId);
  const pickup = await coarsePlace(ctx, input.pickup, 'pickup');
  const destination = await coarsePlace(ctx, input.destination, 'destination');
  const now = ctx.clock.now();
  const token = secretToken();
  const row: RideRiderTable = {
    id: ctx.ids.next(),
    firstName: input.firstName,
    language: input.language,
    pickupAddress: input.pickupAddress,
    pickupZoneId: pickup.zoneId,
    pickupCell: pickup.cell,
    destinationAddress: input.destinationAddress,
    destinationZoneId: destination.zoneId,
    destinationCell: destination.cell,
    weekdays: weekdayMask(input.weekdays),
    timeKind: input.timeKind,
    timeMinute: minuteOf(input.time),
    caseId: input.caseId ?? null,
    memberId: input.forSelf ? principal.memberId : null,
    createdBy: principal.memberId,
    tokenHash: hashToken(token),
    state: 'active',
    createdAt: now,
    updatedAt: now,
    endedAt: null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertRider(tx, row);
    await audit(ctx, tx, { actor: principal, action: 'ride.rider_registered', objectType: 'ride_rider', objectId: row.id });
  });
  return { rider: presentRider(row, await zoneLookup(ctx, [row.pickupZoneId, row.destinationZoneId])), token };
}

async function presentRiders(ctx: AppContext, rows: RideRiderTable[]): Promise<RiderSummary[]> {
  const zoneOf = await zoneLookup(
    ctx,
    rows.flatMap((r) => [r.pickupZoneId, r.destinationZoneId]),
  );
  return rows.map((r) => presentRider(r, zoneOf));
}

/** Organisers and dispatchers see every rider; a caseworker those they registered. Never an address. */
export async function listRiders(ctx: AppContext, principal: Principal): Promise<RiderSummary[]> {
  const rows = await listRiderRows(ctx.db, seesAllRiders(principal) ? undefined : principal.memberId);
  return presentRiders(
    ctx,
    rows.sort((a, b) => Number(a.state === 'ended') - Number(b.state === 'ended')),
  );
}

/** Applies a change to a rider the caller may manage, in one transaction with its audit entry. */
async function changeRider(
  ctx: AppContext,
  principal: Principal,
  id: string,
  action: string,
  change: (tx: AppContext['db'], row: RideRiderTable) => Promise<Partial<RideRiderTable> | null>,
): Promise<RideRiderTable> {
  return ctx.db.transaction().execute(async (tx) => {
    // Locked first: a run matching this rider at the same moment finishes before the change looks at runs.
    const row = await findRider(tx, id, ctx.dialect === 'postgres');
    if (!row) throw notFound('Rider');
    if (!managesRider(principal, row))
      throw forbidden('Only whoever registered this rider, or an organiser, may change it.', 'not_your_rider');
    const fields = await change(tx, row);
    if (!fields) return row;
    await updateRider(tx, id, fields);
    await audit(ctx, tx, { actor: principal, action, objectType: 'ride_rider', objectId: id });
    return { ...row, ...fields };
  });
}

/** No more rides: the link stops working and the rider's seats in weeks not over are given up. */
export async function endRider(ctx: AppContext, principal: Principal, id: string): Promise<RiderSummary> {
  const now = ctx.clock.now();
  const row = await changeRider(ctx, principal, id, 'ride.rider_ended', async (tx, r) => {
    if (r.state === 'ended') return null;
    await cancelAssignments(tx, { riderId: r.id }, await liveRunIds(tx, now), now);
    return { state: 'ended', endedAt: now, updatedAt: now, tokenHash: null };
  });
  return (await presentRiders(ctx, [row]))[0];
}

/** A new secret link (the old one stops working), e.g. when the rider lost it. */
export async function renewRiderLink(ctx: AppContext, principal: Principal, id: string): Promise<RiderLink> {
  const token = secretToken();
  const row = await changeRider(ctx, principal, id, 'ride.rider_link_renewed', async (_tx, r) => {
    if (r.state === 'ended') throw conflict('rider_ended', 'This rider no longer has rides.');
    return { tokenHash: hashToken(token), updatedAt: ctx.clock.now() };
  });
  return { rider: (await presentRiders(ctx, [row]))[0], token };
}

/** A rider's published days from today to the end of next week: the driver's first name, vehicle note and time only. */
async function riderWeeks(ctx: AppContext, riderId: string): Promise<RiderWeek[]> {
  const { weekStarts, today } = comingWeeks(ctx);
  const days = (await publishedDaysOfRider(ctx.db, riderId, weekStarts)).filter((d) => addDays(d.weekStart, d.weekday - 1) >= today);
  return runsBy(days, (d) => d.weekStart).map((week) => ({
    weekStart: week[0].weekStart,
    days: week.map((d) => ({
      weekday: d.weekday,
      date: addDays(d.weekStart, d.weekday - 1),
      ride:
        d.firstName !== null && d.cancelledAt === null
          ? { driverFirstName: d.firstName, vehicleNote: d.vehicleNote ?? '', pickupTime: timeOf(d.pickupMinute ?? 0) }
          : null,
    })),
  }));
}

/** What the secret link shows, without an account. */
export async function riderView(ctx: AppContext, token: string): Promise<RiderView> {
  const rider = await findRiderByTokenHash(ctx.db, hashToken(token));
  if (!rider) throw notFound('Rider link');
  return { language: rider.language, weeks: await riderWeeks(ctx, rider.id) };
}

/** A member's own requests for rides, with their published rides. */
export async function myRiding(ctx: AppContext, principal: Principal): Promise<MyRiding> {
  const rows = await ridersOfMember(ctx.db, principal.memberId);
  const riders = await presentRiders(ctx, rows);
  return { riders: await Promise.all(riders.map(async (rider) => ({ rider, weeks: await riderWeeks(ctx, rider.id) }))) };
}
