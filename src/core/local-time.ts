import { DAY, MINUTE } from './clock';

/**
 * Shifts, rides and meetings are planned in the network's wall-clock time ("07:30 on school days",
 * "the week of Monday 2027-01-25"). Calendar dates (YYYY-MM-DD) are
 * reckoned as UTC days, where adding a day is always 24 hours; only turning a date and a time of day
 * into an instant asks the time zone, at that very date, so a series keeps 07:30 across DST changes.
 */

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A time of day, HH:MM on a 24-hour clock. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `ms` in `timeZone`, written as if it were UTC (so subtracting `ms` gives the offset). */
function wallAsUtc(ms: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallClocks.set(timeZone, format);
  }
  const f: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') f[part.type] = Number(part.value);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
}

const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A real calendar date written YYYY-MM-DD. */
export const isDate = (date: string) => DATE.test(date) && dateOfUtc(utcDay(date)) === date;
export const isTime = (time: string) => TIME.test(time);

export const addDays = (date: string, days: number) => dateOfUtc(utcDay(date) + days * DAY);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((utcDay(to) - utcDay(from)) / DAY);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string) => ((new Date(utcDay(date)).getUTCDay() + 6) % 7) + 1;

export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/** The network's calendar date at an instant. */
export const localDateAt = (ms: number, timeZone: string) => dateOfUtc(wallAsUtc(ms, timeZone));

/** Minutes since midnight of "HH:MM". */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The instant the wall clock of `timeZone` shows `time` on `date`. The offset is read twice — at a
 * first guess, then at the instant that guess gives — so the answer is right on the days the clocks
 * change. A time the clocks skip (02:30 when they spring forward) lands an hour later, as a person would.
 */
export function localInstant(date: string, time: string, timeZone: string): number {
  const wall = utcDay(date) + minutesOf(time) * MINUTE;
  const firstGuess = wall - (wallAsUtc(wall, timeZone) - wall);
  const offset = wallAsUtc(firstGuess, timeZone) - firstGuess;
  return wall - offset;
}

/** The wall-clock time of day ("07:30") of an instant. */
export function localTimeAt(ms: number, timeZone: string): string {
  const wall = wallAsUtc(ms, timeZone);
  return new Date(wall).toISOString().slice(11, 16);
}
