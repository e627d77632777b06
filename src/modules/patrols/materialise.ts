import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { addDays, daysBetween, localDateAt } from '../../core/local-time';
import type { Db } from '../../database';
import { HORIZON_DAYS, REMINDER_HOURS } from './limits';
import { advanceHorizon, insertShifts, listSeriesShortOf } from './repository';
import { occurrencesBetween, type SeriesRule } from './schedule';
import type { PatrolSeriesTable, PatrolShiftTable } from './schema';

/**
 * Concrete shift rows exist HORIZON_DAYS ahead, so people can sign up weeks in advance and coverage
 * is a plain range read. A series makes its rows when saved; a tick (every node, every hour) extends
 * every series as the days pass. Each day's row is unique per series, so ticks on several nodes, or
 * twice, add nothing twice.
 */

export const ruleOf = (s: Pick<PatrolSeriesTable, 'weekdays' | 'startTime' | 'endTime' | 'startsOn' | 'endsOn'>): SeriesRule => ({
  weekdays: s.weekdays.split(',').map(Number),
  startTime: s.startTime,
  endTime: s.endTime,
  startsOn: s.startsOn,
  endsOn: s.endsOn,
});

export const horizonOf = (ctx: AppContext) => addDays(localDateAt(ctx.clock.now(), ctx.config.timeZone), HORIZON_DAYS);

/** The rows the series' rule puts on the days `from` … `through`, leaving out any already over. */
export function shiftRowsFor(ctx: AppContext, series: PatrolSeriesTable, from: string, through: string): PatrolShiftTable[] {
  const now = ctx.clock.now();
  return occurrencesBetween(ruleOf(series), from, through, ctx.config.timeZone)
    .filter((o) => o.endsAt > now)
    .map((o) => ({
      id: ctx.ids.next(),
      seriesId: series.id,
      siteId: series.siteId,
      localDate: o.localDate,
      startTime: series.startTime,
      endTime: series.endTime,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      minPeople: series.minPeople,
      maxPeople: series.maxPeople,
      requiredQualification: series.requiredQualification,
      taken: 0,
      state: 'scheduled',
      cancelledAt: null,
      remindAt: o.startsAt - REMINDER_HOURS * HOUR,
      reminderSentAt: null,
      sequence: 0,
      createdAt: now,
      updatedAt: now,
      demo: series.demo,
    }));
}

/** Makes the series' missing shifts from today (or its start) to its horizon, in the caller's transaction. */
export function fillSeries(ctx: AppContext, tx: Db, series: PatrolSeriesTable): Promise<number> {
  const today = localDateAt(ctx.clock.now(), ctx.config.timeZone);
  return insertShifts(tx, shiftRowsFor(ctx, series, today, series.materialisedThrough));
}

/** The tick: extends every series whose shifts stop short of the horizon. Returns the shifts added. */
export async function extendShifts(ctx: AppContext): Promise<number> {
  const horizon = horizonOf(ctx);
  const today = localDateAt(ctx.clock.now(), ctx.config.timeZone);
  let added = 0;
  for (const series of await listSeriesShortOf(ctx.db, horizon)) {
    const next = addDays(series.materialisedThrough, 1);
    const from = daysBetween(today, next) > 0 ? next : today;
    added += await ctx.db.transaction().execute(async (tx) => {
      const n = await insertShifts(tx, shiftRowsFor(ctx, series, from, horizon));
      await advanceHorizon(tx, series.id, horizon);
      return n;
    });
  }
  return added;
}
