import type { AppContext } from '../../../context';
import { badRequest } from '../../../core/errors';
import { cellOf, findZoneAt, zoneNames } from '../../zones';
import type { Availability, RiderSummary } from './contract';
import type { RideDriverTable, RideRiderTable } from './schema';
import { timeOf, weekdaysIn } from './week';

/** A point reduced to its zone and coarse cell; the point goes no further (a home is private too). */
export async function coarsePlace(ctx: AppContext, point: { lat: number; lng: number }, field: string) {
  const zone = await findZoneAt(ctx, point.lat, point.lng);
  if (!zone) throw badRequest('outside_network', `${field}: this place is outside every neighbourhood of the network`, field);
  return { zoneId: zone.id, cell: cellOf(point.lat, point.lng) };
}

export type ZoneOf = (id: string | null) => { id: string; name: string } | null;

/** Names of the zones these rows mention, read once (outside any transaction). */
export async function zoneLookup(ctx: AppContext, ids: readonly (string | null)[]): Promise<ZoneOf> {
  const names = await zoneNames(
    ctx,
    ids.filter((id): id is string => id !== null),
  );
  return (id) => (id && names.has(id) ? { id, name: names.get(id) ?? '' } : null);
}

export const presentAvailability = (d: RideDriverTable, zoneOf: ZoneOf): Availability => ({
  id: d.id,
  firstName: d.firstName,
  seats: d.seats,
  weekdays: weekdaysIn(d.weekdays),
  departFrom: timeOf(d.departFrom),
  departTo: timeOf(d.departTo),
  start: { zone: zoneOf(d.startZoneId), cell: d.startCell },
  end: { zone: zoneOf(d.endZoneId), cell: d.endCell },
  vehicleNote: d.vehicleNote,
  state: d.state,
});

/** Never the addresses, the case or the token. */
export const presentRider = (r: RideRiderTable, zoneOf: ZoneOf): RiderSummary => ({
  id: r.id,
  firstName: r.firstName,
  language: r.language,
  pickup: { zone: zoneOf(r.pickupZoneId), cell: r.pickupCell },
  destination: { zone: zoneOf(r.destinationZoneId), cell: r.destinationCell },
  weekdays: weekdaysIn(r.weekdays),
  timeKind: r.timeKind,
  time: timeOf(r.timeMinute),
  state: r.state,
  forSelf: r.memberId !== null,
  hasCase: r.caseId !== null,
  createdAt: r.createdAt,
});
