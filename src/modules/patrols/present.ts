import type { AppContext } from '../../context';
import { zoneNames } from '../zones';
import type { Series, Shift, Site } from './contract';
import type { PatrolSeriesTable, PatrolSiteTable } from './schema';
import type { ShiftRow } from './shift-queries';

const pointOf = (r: { lat: number | null; lng: number | null }) => (r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null);

/** Zone names for these rows (one query), with a fallback a person can still read. */
export async function namesOfZones(ctx: AppContext, rows: readonly { zoneId: string }[]) {
  const names = await zoneNames(ctx, [...new Set(rows.map((r) => r.zoneId))]);
  return (id: string) => ({ id, name: names.get(id) ?? id });
}

export async function presentSites(ctx: AppContext, rows: readonly PatrolSiteTable[]): Promise<Site[]> {
  const zone = await namesOfZones(ctx, rows);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    zone: zone(r.zoneId),
    point: pointOf(r),
    notes: r.notes,
    archived: r.archivedAt !== null,
    demo: r.demo === 1,
  }));
}

export const presentSeries = (r: PatrolSeriesTable): Series => ({
  id: r.id,
  siteId: r.siteId,
  label: r.label,
  weekdays: r.weekdays.split(',').map(Number),
  startTime: r.startTime,
  endTime: r.endTime,
  minPeople: r.minPeople,
  maxPeople: r.maxPeople,
  requiredQualification: r.requiredQualification,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  demo: r.demo === 1,
});

export const presentShift = (r: ShiftRow, zone: (id: string) => { id: string; name: string }): Shift => ({
  id: r.id,
  site: { id: r.siteId, name: r.siteName, kind: r.siteKind, point: pointOf(r) },
  zone: zone(r.zoneId),
  label: r.label,
  localDate: r.localDate,
  startTime: r.startTime,
  endTime: r.endTime,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  minPeople: r.minPeople,
  maxPeople: r.maxPeople,
  taken: r.taken,
  requiredQualification: r.requiredQualification,
  state: r.state,
});
