import { dateTimeFormat } from '../../../../core/web/dates';
import type { Language } from '../../../../core/web/i18n';

/** Dates here are calendar days ("2027-01-26") and times of day ("07:10"): formatted without any time zone shift. */
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const dayLabel = (date: string, lang: Language) =>
  dateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(dayOf(date));

export const shortDate = (date: string, lang: Language) =>
  dateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(dayOf(date));

/** ISO weekday 1–7 → its name (1 January 2024 was a Monday). */
export const weekdayName = (weekday: number, lang: Language, width: 'long' | 'short' = 'long') =>
  dateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));

export function timeLabel(time: string, lang: Language): string {
  const [h, m] = time.split(':').map(Number);
  return dateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, h, m));
}

export const kmLabel = (metres: number, lang: Language) =>
  `${new Intl.NumberFormat([lang, 'en'], { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(metres / 1000)} km`;
