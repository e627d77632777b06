/**
 * CAP 1.2 times (and Atom's RFC 3339 ones): `2026-01-23T10:15:00-06:00` in the network's own time
 * zone — whole seconds, a numeric offset, never `Z` (CAP §3.3.2 writes UTC as `-00:00`). Only Intl:
 * the offset is what the zone's rules give for that instant, so daylight saving time comes for free.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Wall-clock fields of `ms` in `timeZone`. */
function wallClock(ms: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return { year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute, second: fields.second };
}

export function formatCapTime(ms: number, timeZone: string): string {
  if (!Number.isFinite(ms)) throw new Error(`Not a time: ${ms}`);
  const seconds = Math.floor(ms / 1000) * 1000;
  const w = wallClock(seconds, timeZone);
  if (w.year < 1000 || w.year > 9999) throw new Error(`Year ${w.year} is out of range for an alert`);
  // The wall clock read as if it were UTC, minus the instant, is the zone's offset at that instant.
  const offsetMinutes = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - seconds) / 60_000);
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
