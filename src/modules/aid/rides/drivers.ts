import type { AppContext } from '../../../context';
import { badRequest, conflict, forbidden, notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import { audit } from '../../audit';
import type { Availability, DriverWeek, MyDriving, NewDriver, RideAddresses } from './contract';
import type { DriverState } from './limits';
import { coarsePlace, presentAvailability, zoneLookup } from './present';
import { findLiveDriverOf, insertDriver, updateDriver } from './repository';
import type { RideDriverTable } from './schema';
import { addDays, comingWeeks, minuteOf, runsBy, timeOf, weekdayMask } from './week';
import { cancelAssignments, findPublishedAssignment, liveRunIds, publishedRidesOfDriver } from './week-repository';

/** Drivers: trusted members offering seats on their regular trips. */

export async function registerDriver(
  ctx: AppContext,
  principal: Principal,
  input: NewDriver,
  opts: { demo?: boolean } = {},
): Promise<Availability> {
  const departFrom = minuteOf(input.departFrom);
  const departTo = minuteOf(input.departTo);
  if (departTo < departFrom) throw badRequest('window_reversed', 'departTo: the latest departure is before the earliest', 'departTo');
  const start = await coarsePlace(ctx, input.start, 'start');
  const end = await coarsePlace(ctx, input.end, 'end');
  const now = ctx.clock.now();
  const row: RideDriverTable = {
    id: ctx.ids.next(),
    memberId: principal.memberId,
    liveMemberId: principal.memberId,
    firstName: input.firstName,
    seats: input.seats,
    weekdays: weekdayMask(input.weekdays),
    departFrom,
    departTo,
    startZoneId: start.zoneId,
    startCell: start.cell,
    endZoneId: end.zoneId,
    endCell: end.cell,
    vehicleNote: input.vehicleNote,
    state: 'active',
    createdAt: now,
    updatedAt: now,
    endedAt: null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    // The unique live member makes a second registration, even a concurrent one, a no-op here.
    if (!(await insertDriver(tx, row))) throw conflict('driver_exists', 'You already offer rides: pause or end that first.');
    await audit(ctx, tx, { actor: principal, action: 'ride.driver_registered', objectType: 'ride_driver', objectId: row.id });
  });
  return presentAvailability(row, await zoneLookup(ctx, [row.startZoneId, row.endZoneId]));
}

/**
 * Pausing or ending takes the driver out of the next runs, and out of the weeks already run or
 * published: their riders become unmatched there, for an organiser to see and match again.
 */
export async function setDriverState(ctx: AppContext, principal: Principal, state: DriverState): Promise<Availability | null> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const found = await findLiveDriverOf(tx, principal.memberId);
    if (!found) throw notFound('Your ride offer');
    if (found.state === state) return found;
    const fields: Partial<RideDriverTable> =
      state === 'ended' ? { state, endedAt: now, liveMemberId: null, updatedAt: now } : { state, updatedAt: now };
    // The update waits for a run holding this row (PostgreSQL), so the runs read next include it.
    await updateDriver(tx, found.id, fields);
    if (state !== 'active') await cancelAssignments(tx, { driverId: found.id }, await liveRunIds(tx, now), now);
    await audit(ctx, tx, { actor: principal, action: `ride.driver_${state}`, objectType: 'ride_driver', objectId: found.id });
    return { ...found, ...fields };
  });
  return row.state === 'ended' ? null : presentAvailability(row, await zoneLookup(ctx, [row.startZoneId, row.endZoneId]));
}

/** The driver's offer and, from today to the end of next week, their riders in published weeks: first names, times, zones. */
export async function myDriving(ctx: AppContext, principal: Principal): Promise<MyDriving> {
  const { weekStarts, today } = comingWeeks(ctx);
  const [driver, all] = await Promise.all([
    findLiveDriverOf(ctx.db, principal.memberId),
    publishedRidesOfDriver(ctx.db, principal.memberId, weekStarts),
  ]);
  const rides = all.filter((r) => addDays(r.weekStart, r.weekday - 1) >= today);
  const zoneOf = await zoneLookup(ctx, [
    driver?.startZoneId ?? null,
    driver?.endZoneId ?? null,
    ...rides.flatMap((r) => [r.pickupZoneId, r.destinationZoneId]),
  ]);
  const weeks: DriverWeek[] = runsBy(rides, (r) => r.weekStart).map((week) => ({
    weekStart: week[0].weekStart,
    version: week[0].version,
    days: runsBy(week, (r) => r.weekday).map((day) => ({
      weekday: day[0].weekday,
      date: addDays(day[0].weekStart, day[0].weekday - 1),
      riders: day.map((ride) => ({
        assignmentId: ride.id,
        firstName: ride.firstName,
        pickupTime: timeOf(ride.pickupMinute ?? 0),
        pickupZone: zoneOf(ride.pickupZoneId),
        destinationZone: zoneOf(ride.destinationZoneId),
      })),
    })),
  }));
  return { availability: driver ? presentAvailability(driver, zoneOf) : null, weeks };
}

/** The rider's addresses, for the driver of a published ride of a week not over; every reveal is audited. */
export async function revealAddresses(ctx: AppContext, principal: Principal, assignmentId: string): Promise<RideAddresses> {
  return ctx.db.transaction().execute(async (tx) => {
    const ride = await findPublishedAssignment(tx, assignmentId);
    if (!ride || ride.endsAt <= ctx.clock.now()) throw notFound('Ride');
    if (ride.memberId !== principal.memberId) throw forbidden('Only the driver of this ride sees the addresses.', 'not_your_ride');
    if (ride.cancelledAt !== null) throw conflict('ride_cancelled', 'This ride was cancelled.');
    await audit(ctx, tx, { actor: principal, action: 'ride.address_revealed', objectType: 'ride_rider', objectId: ride.riderId });
    return { pickupAddress: ride.pickupAddress, destinationAddress: ride.destinationAddress };
  });
}
