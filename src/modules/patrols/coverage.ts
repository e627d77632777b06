import type { AppContext } from '../../context';
import { badRequest } from '../../core/errors';
import { addDays } from '../../core/local-time';
import type { Coverage, CoverageShift, WeekQuery } from './contract';
import { type CoverageColour, WEEK_SHIFTS_MAX } from './limits';
import { weekBounds, weekStartOf } from './my-shifts';
import { namesOfZones } from './present';
import { coverageRows } from './shift-queries';

/** Enough people (green), some but fewer than the minimum (amber), nobody (red). */
export const colourOf = (taken: number, minPeople: number): CoverageColour => (taken >= minPeople ? 'green' : taken > 0 ? 'amber' : 'red');

type Row = Awaited<ReturnType<typeof coverageRows>>[number];

function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

// One collator for every comparison: localeCompare with a locale builds a new one each call.
const collator = new Intl.Collator('en');
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

/**
 * A week's coverage by zone and site: one query for the shifts (their counts are on the row) and one
 * for the zone names; the rest is grouping in memory, in one pass.
 */
export async function weekCoverage(ctx: AppContext, query: WeekQuery): Promise<Coverage> {
  const week = weekStartOf(ctx, query.week);
  const { from, to } = weekBounds(ctx, week);
  const rows = await coverageRows(ctx.db, from, to, query.zone);
  if (rows.length > WEEK_SHIFTS_MAX)
    throw badRequest('too_many_shifts', 'This week has too many shifts to show at once: choose a zone.', 'zone');
  const zone = await namesOfZones(ctx, rows);
  const totals = { green: 0, amber: 0, red: 0 };
  const zones = new Map<
    string,
    { zone: { id: string; name: string }; sites: Map<string, { id: string; name: string; shifts: CoverageShift[] }> }
  >();
  for (const r of rows as Row[]) {
    const colour = colourOf(r.taken, r.minPeople);
    totals[colour] += 1;
    const z = entryOf(zones, r.zoneId, () => ({ zone: zone(r.zoneId), sites: new Map() }));
    const site = entryOf(z.sites, r.siteId, () => ({ id: r.siteId, name: r.siteName, shifts: [] as CoverageShift[] }));
    site.shifts.push({
      id: r.id,
      siteId: r.siteId,
      label: r.label,
      localDate: r.localDate,
      startTime: r.startTime,
      endTime: r.endTime,
      minPeople: r.minPeople,
      maxPeople: r.maxPeople,
      taken: r.taken,
      colour,
    });
  }
  return {
    week,
    days: Array.from({ length: 7 }, (_, i) => addDays(week, i)),
    zones: [...zones.values()]
      .map((z) => ({ zone: z.zone, sites: [...z.sites.values()].sort(byName) }))
      .sort((a, b) => byName(a.zone, b.zone)),
    totals,
  };
}
