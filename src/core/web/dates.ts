import type { Language } from './i18n';

/**
 * Dates and times in the member's language. Browsers built with a reduced ICU (Debian's Chromium,
 * many phones) have no Somali or Hmong date data and silently answer in English. For those two the
 * date is laid out by an English pattern (US for Somali, as CLDR's Somali is; British 24-hour for
 * Hmong) and its weekday, month and AM/PM are put in the language's words.
 */
interface DateWords {
  base: string;
  hourCycle?: 'h23';
  /** Monday first. */
  weekdays: { long: readonly string[]; short: readonly string[] };
  months: { long: readonly string[]; short: readonly string[] };
  dayPeriods?: { AM: string; PM: string };
}

const HMONG_DAYS = ['Hnub Ib', 'Hnub Ob', 'Hnub Peb', 'Hnub Plaub', 'Hnub Tsib', 'Hnub Rau', 'Hnub Xya'];

const WORDS: Partial<Record<Language, DateWords>> = {
  // CLDR 45's Somali format names, as Node's full ICU gives them.
  so: {
    base: 'en-US',
    weekdays: {
      long: ['Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti', 'Axad'],
      short: ['Isn', 'Tldo', 'Arbc', 'Khms', 'Jmc', 'Sbti', 'Axd'],
    },
    months: {
      long: [
        'Janaayo',
        'Febraayo',
        'Maarso',
        'Abriil',
        'Maayo',
        'Juun',
        'Luulyo',
        'Agosto',
        'Sebtembar',
        'Oktoobar',
        'Noofeembar',
        'Diseembar',
      ],
      short: ['Jan', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Lul', 'Ogs', 'Seb', 'Okt', 'Nof', 'Dis'],
    },
    dayPeriods: { AM: 'GH', PM: 'GD' },
  },
  // White Hmong (RPA) has no CLDR data; these are drafts to be reviewed by speakers, like the strings.
  hmn: {
    base: 'en-GB',
    hourCycle: 'h23',
    // The day names are short already.
    weekdays: { long: HMONG_DAYS, short: HMONG_DAYS },
    months: {
      long: [
        'Lub Ib Hlis',
        'Lub Ob Hlis',
        'Lub Peb Hlis',
        'Lub Plaub Hlis',
        'Lub Tsib Hlis',
        'Lub Rau Hli',
        'Lub Xya Hli',
        'Lub Yim Hli',
        'Lub Cuaj Hli',
        'Lub Kaum Hli',
        'Lub Kaum Ib Hlis',
        'Lub Kaum Ob Hlis',
      ],
      short: [
        'Ib Hlis',
        'Ob Hlis',
        'Peb Hlis',
        'Plaub Hlis',
        'Tsib Hlis',
        'Rau Hli',
        'Xya Hli',
        'Yim Hli',
        'Cuaj Hli',
        'Kaum Hli',
        'Kaum Ib Hlis',
        'Kaum Ob Hlis',
      ],
    },
  },
};

type Width = 'long' | 'short';
const widthOf = (value: string | undefined, fromStyle: Width | undefined): Width =>
  value === 'long' ? 'long' : value ? 'short' : (fromStyle ?? 'short');

/** The base locale's own weekday and month names, long and short, to the index they stand for. */
function indexesOf(base: string) {
  const names = new Map<string, number>();
  for (const width of ['long', 'short'] as const) {
    for (let m = 0; m < 12; m++) {
      const parts = new Intl.DateTimeFormat(base, { day: 'numeric', month: width, timeZone: 'UTC' }).formatToParts(Date.UTC(2024, m, 15));
      names.set(`month:${parts.find((p) => p.type === 'month')?.value}`, m);
    }
    for (let d = 0; d < 7; d++) {
      // 1 January 2024 was a Monday.
      const parts = new Intl.DateTimeFormat(base, { weekday: width, timeZone: 'UTC' }).formatToParts(Date.UTC(2024, 0, 1 + d, 12));
      names.set(`weekday:${parts.find((p) => p.type === 'weekday')?.value}`, d);
    }
  }
  return names;
}

const indexCache = new Map<string, Map<string, number>>();

/** The fallback itself, whether or not this browser knows the language (tests call it directly). */
export function wordedDateTimeFormat(lang: Language, options: Intl.DateTimeFormatOptions) {
  const words = WORDS[lang];
  if (!words) return new Intl.DateTimeFormat([lang, 'en'], options);
  const timed = !!(options.timeStyle || options.hour || options.minute);
  const format = new Intl.DateTimeFormat(words.base, timed && words.hourCycle ? { ...options, hourCycle: words.hourCycle } : options);
  const indexes = indexCache.get(words.base) ?? indexCache.set(words.base, indexesOf(words.base)).get(words.base);
  const styled = options.dateStyle === 'full' || options.dateStyle === 'long' ? 'long' : undefined;
  const monthWidth = widthOf(options.month, styled);
  const weekdayWidth = widthOf(options.weekday, options.dateStyle === 'full' ? 'long' : undefined);
  const word = (part: Intl.DateTimeFormatPart) => {
    const index = indexes?.get(`${part.type}:${part.value}`);
    if (part.type === 'month' && index !== undefined) return words.months[monthWidth][index];
    if (part.type === 'weekday' && index !== undefined) return words.weekdays[weekdayWidth][index];
    if (part.type === 'dayPeriod' && words.dayPeriods) return words.dayPeriods[part.value.toUpperCase() as 'AM' | 'PM'] ?? part.value;
    // US English puts narrow and thin spaces around AM/PM and ranges; plain ones read the same everywhere.
    return part.type === 'literal' ? part.value.replace(/[\u2009\u202f]/g, ' ') : part.value;
  };
  return {
    format: (when: number | Date) => format.formatToParts(when).map(word).join(''),
    formatRange: (from: number | Date, to: number | Date) => format.formatRangeToParts(from, to).map(word).join(''),
  };
}

type DateTimeFormat = Pick<Intl.DateTimeFormat, 'format' | 'formatRange'>;

/** Whether this browser has date data for a language, asked once per language. */
const knows = new Map<Language, boolean>();

/** Like `new Intl.DateTimeFormat([lang, 'en'], options)`, in Somali and Hmong words where the browser has none. */
export function dateTimeFormat(lang: Language, options: Intl.DateTimeFormatOptions): DateTimeFormat {
  const known = knows.get(lang) ?? knows.set(lang, Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0).get(lang);
  if (!WORDS[lang] || known) return new Intl.DateTimeFormat([lang, 'en'], options);
  return wordedDateTimeFormat(lang, options);
}
