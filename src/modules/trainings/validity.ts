/**
 * `months` calendar months after `ms` (UTC), on the same day of the month or, when that month is
 * shorter, its last day: 31 January + 1 month is 28 (or 29) February, not 3 March.
 */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.getTime();
}
