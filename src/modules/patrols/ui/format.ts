import { dateTimeFormat } from '../../../core/web/dates';
import type { Language } from '../../../core/web/i18n';

/**
 * Shifts arrive with their local date ("2027-01-26") and wall-clock times ("07:30") in the network's
 * time zone, so they are formatted as given, with no time-zone arithmetic on the phone.
 */
const utcNoon = (date: string) => Date.parse(`${date}T12:00:00Z`);

export const dayLabel = (date: string, lang: Language) =>
  dateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utcNoon(date));

export const shortDay = (date: string, lang: Language) =>
  dateTimeFormat(lang, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(utcNoon(date));

export const weekdayLabel = (isoWeekday: number, lang: Language) =>
  // 5 January 2026 was a Monday.
  dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + isoWeekday, 12));

export function clockLabel(time: string, lang: Language): string {
  const [h, m] = time.split(':').map(Number);
  return dateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 5, h, m));
}

export const addDaysTo = (date: string, days: number) => new Date(utcNoon(date) + days * 86_400_000).toISOString().slice(0, 10);

/** The time of day of an instant (a check-in), on this phone's clock: the network's city. */
export const timeOfDay = (ms: number, lang: Language) => dateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(ms);
