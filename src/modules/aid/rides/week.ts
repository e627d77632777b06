import { DAY } from '../../../core/clock';
import { DATE } from './limits';

/**
 * Weeks of rides are named by their Monday ("2027-01-25") in the network's time zone. Dates are
 * handled as UTC calendar days, so adding days never meets a daylight-saving hour; only the instant a
 * week starts or ends needs the zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsOf(ms: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return p;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDayNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** A real calendar date written YYYY-MM-DD. */
export const isDate = (date: string) => DATE.test(date) && fromDayNumber(dayNumber(date)) === date;

export const addDays = (date: string, days: number) => fromDayNumber(dayNumber(date) + days);

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;

export const isMonday = (date: string) => isDate(date) && weekdayOf(date) === 1;

/** The local calendar date of an instant. */
export function localDate(ms: number, timeZone: string): string {
  const p = partsOf(ms, timeZone);
  return fromDayNumber(Date.UTC(p.year, p.month - 1, p.day) / DAY);
}

/** The Monday of the week holding `ms`, in `timeZone`. */
export function weekOf(ms: number, timeZone: string): string {
  const date = localDate(ms, timeZone);
  return addDays(date, 1 - weekdayOf(date));
}

/** The instant local midnight starts `date` in `timeZone` (the zone's offset checked at that instant, for DST). */
export function midnightOf(date: string, timeZone: string): number {
  const wall = dayNumber(date) * DAY;
  const offsetAt = (ms: number) => {
    const p = partsOf(ms, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
  };
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

/** What drivers and riders are shown: this week and the next, from today on. */
export function comingWeeks(ctx: { clock: { now(): number }; config: { timeZone: string } }) {
  const now = ctx.clock.now();
  const current = weekOf(now, ctx.config.timeZone);
  return { weekStarts: [current, addDays(current, 7)], today: localDate(now, ctx.config.timeZone) };
}

/** When a week is over: its Sunday has ended. */
export const weekEndsAt = (weekStart: string, timeZone: string) => midnightOf(addDays(weekStart, 7), timeZone);

/** Minutes after midnight ↔ "HH:MM". */
export const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
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
