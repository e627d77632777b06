import type { AppContext } from '../../../context';
import { displayNamesOf } from '../../members';
import type { DayView, WeekView } from './contract';
import type { DayFiguresOf } from './plan';
import { type ZoneOf, zoneLookup } from './present';
import { driversByIds, ridersByIds } from './repository';
import type { RideAssignmentTable, RideDriverTable, RideRiderTable } from './schema';
import { addDays, timeOf, weekEndsAt } from './week';
import { assignmentsOfRun, exclusionsOf, findRun, findWeek } from './week-repository';

/** What organisers and dispatchers review: zones, cells and first names — never an address. */

interface People {
  rider: (id: string) => RideRiderTable;
  driver: (id: string) => RideDriverTable;
  zoneOf: ZoneOf;
}

function dayViews(rows: RideAssignmentTable[], figures: DayFiguresOf[], weekStart: string, people: People): DayView[] {
  const { rider, driver, zoneOf } = people;
  return figures.map(({ weekday, ...dayFigures }) => {
    const day = rows.filter((a) => a.weekday === weekday);
    const place = (zoneId: string | null, cell: string) => ({ zone: zoneOf(zoneId), cell });
    return {
      weekday,
      date: addDays(weekStart, weekday - 1),
      figures: dayFigures,
      pairs: day.flatMap((a) => {
        if (!a.driverId) return [];
        const r = rider(a.riderId);
        const d = driver(a.driverId);
        return [
          {
            riderId: r.id,
            riderFirstName: r.firstName,
            pickup: place(r.pickupZoneId, r.pickupCell),
            destination: place(r.destinationZoneId, r.destinationCell),
            driverId: d.id,
            driverFirstName: d.firstName,
            driverStart: place(d.startZoneId, d.startCell),
            pickupTime: timeOf(a.pickupMinute ?? 0),
            detourMetres: a.detourMetres ?? 0,
            cancelled: a.cancelReason,
          },
        ];
      }),
      // Unmatched at the run, or since: their driver (or they) left.
      unmatched: day
        .filter((a) => !a.driverId || a.cancelReason === 'driver_left')
        .map((a) => {
          const r = rider(a.riderId);
          return {
            riderId: r.id,
            riderFirstName: r.firstName,
            pickup: place(r.pickupZoneId, r.pickupCell),
            timeKind: r.timeKind,
            time: timeOf(r.timeMinute),
          };
        }),
    };
  });
}

export async function weekView(ctx: AppContext, weekStart: string): Promise<WeekView> {
  const week = await findWeek(ctx.db, weekStart);
  const endsAt = week?.endsAt ?? weekEndsAt(weekStart, ctx.config.timeZone);
  const base = { weekStart, endsAt, over: endsAt <= ctx.clock.now() };
  if (!week) return { ...base, draft: null, published: null, exclusions: [] };

  const [draftRun, draftRows, publishedRows, exclusions] = await Promise.all([
    week.draftRunId ? findRun(ctx.db, week.draftRunId) : undefined,
    week.draftRunId ? assignmentsOfRun(ctx.db, week.draftRunId) : [],
    week.publishedRunId ? assignmentsOfRun(ctx.db, week.publishedRunId) : [],
    exclusionsOf(ctx.db, weekStart),
  ]);
  const all = [...draftRows, ...publishedRows];
  const [riders, drivers] = await Promise.all([
    ridersByIds(ctx.db, [...new Set([...all.map((a) => a.riderId), ...exclusions.map((e) => e.riderId)])]),
    driversByIds(ctx.db, [...new Set([...all.flatMap((a) => a.driverId ?? []), ...exclusions.map((e) => e.driverId)])]),
  ]);
  const riderById = new Map(riders.map((r) => [r.id, r]));
  const driverById = new Map(drivers.map((d) => [d.id, d]));
  const people: People = {
    rider: (id) => riderById.get(id) as RideRiderTable,
    driver: (id) => driverById.get(id) as RideDriverTable,
    zoneOf: await zoneLookup(ctx, [...riders.flatMap((r) => [r.pickupZoneId, r.destinationZoneId]), ...drivers.map((d) => d.startZoneId)]),
  };
  const names = await displayNamesOf(ctx.db, [draftRun?.createdBy ?? null, week.publishedBy]);
  const nameOf = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);

  return {
    ...base,
    draft: draftRun
      ? {
          runId: draftRun.id,
          ranAt: draftRun.createdAt,
          ranBy: nameOf(draftRun.createdBy),
          published: draftRun.id === week.publishedRunId,
          days: dayViews(draftRows, JSON.parse(draftRun.figures) as DayFiguresOf[], weekStart, people),
        }
      : null,
    published:
      week.publishedRunId && week.publishedAt !== null
        ? {
            runId: week.publishedRunId,
            version: week.version,
            publishedAt: week.publishedAt,
            publishedBy: nameOf(week.publishedBy),
            dropped: publishedRows
              .filter((a) => a.cancelReason === 'driver_left')
              .map((a) => ({
                weekday: a.weekday,
                date: addDays(weekStart, a.weekday - 1),
                riderFirstName: people.rider(a.riderId).firstName,
                driverFirstName: people.driver(a.driverId ?? '').firstName,
                reason: a.cancelReason,
              })),
          }
        : null,
    exclusions: exclusions.map((e) => ({
      riderId: e.riderId,
      riderFirstName: people.rider(e.riderId).firstName,
      driverId: e.driverId,
      driverFirstName: people.driver(e.driverId).firstName,
    })),
  };
}
