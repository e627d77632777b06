import { addDays, isDate, isoWeekday, localDateAt, localInstant, mondayOf } from '../../../core/local-time';

/**
 * Weeks of rides are named by their Monday ("2027-01-25") in the network's time zone; the calendar
 * arithmetic is core's (`core/local-time.ts`).
 */

export { isoWeekday as weekdayOf, localDateAt as localDate, minutesOf as minuteOf } from '../../../core/local-time';
export { addDays, isDate };

export const isMonday = (date: string) => isDate(date) && isoWeekday(date) === 1;

/** The Monday of the week holding `ms`, in `timeZone`. */
export const weekOf = (ms: number, timeZone: string) => mondayOf(localDateAt(ms, timeZone));

/** The instant local midnight starts `date` in `timeZone`. */
export const midnightOf = (date: string, timeZone: string) => localInstant(date, '00:00', timeZone);

/** What drivers and riders are shown: this week and the next, from today on. */
export function comingWeeks(ctx: { clock: { now(): number }; config: { timeZone: string } }) {
  const now = ctx.clock.now();
  const current = weekOf(now, ctx.config.timeZone);
  return { weekStarts: [current, addDays(current, 7)], today: localDateAt(now, ctx.config.timeZone) };
}

/** When a week is over: its Sunday has ended. */
export const weekEndsAt = (weekStart: string, timeZone: string) => midnightOf(addDays(weekStart, 7), timeZone);

/** Minutes after midnight → "HH:MM". */
export const timeOf = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Weekdays as a bitmask (Monday = bit 0) and back, ascending. */
export const weekdayMask = (days: readonly number[]) => days.reduce((mask, d) => mask | (1 << (d - 1)), 0);
export const weekdaysIn = (mask: number) => [1, 2, 3, 4, 5, 6, 7].filter((d) => mask & (1 << (d - 1)));

/** Consecutive rows with the same key, in order: rows sorted by week (and day) become weeks (and days). */
export function runsBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const runs: T[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && keyOf(last[0]) === keyOf(row)) last.push(row);
    else runs.push([row]);
  }
  return runs;
}
