import { dateTimeFormat } from '../../../core/web/dates';
import { currentLanguage, type Language } from '../../../core/web/i18n';

/**
 * Numbers and calendar dates in the page's language (Intl falls back where it lacks one). The
 * formatters are made once per language: making one costs far more than using it, and a page of the
 * table formats a hundred values.
 */
const numbers = new Map<string, Intl.NumberFormat>();
const days = new Map<string, ReturnType<typeof dateTimeFormat>>();

function cached<T>(cache: Map<string, T>, make: (lang: Language) => T): T {
  const lang = currentLanguage();
  let formatter = cache.get(lang);
  if (!formatter) {
    formatter = make(lang);
    cache.set(lang, formatter);
  }
  return formatter;
}

export const formatNumber = (n: number) => cached(numbers, (lang) => new Intl.NumberFormat(lang)).format(n);

/** `YYYY-MM-DD` as a date in words; the day is the same everywhere, so it is read as UTC. */
export const formatDay = (day: string) =>
  cached(days, (lang) => dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(`${day}T00:00:00Z`));
