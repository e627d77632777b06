import i18next, { type TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { dateTimeFormat } from './dates';

/** The languages the app is written in; each is shown in its own name. */
export const LANGUAGES = ['en', 'es', 'so', 'hmn'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', so: 'Soomaali', hmn: 'Hmoob' };
export const LANGUAGE_STORAGE_KEY = 'whistle.lang';

/** A nested table of strings. */
export interface StringTree {
  [key: string]: string | StringTree;
}
/** The same keys as the English table, every leaf a string: a translation that misses a key does not compile. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** Languages whose strings load on demand; English is always in the app, as the fallback. */
export type OtherLanguage = Exclude<Language, 'en'>;

/** One feature's strings (its i18next namespace): English at hand, the others fetched when chosen. */
export interface Locales {
  ns: string;
  en: StringTree;
  load: Record<OtherLanguage, () => Promise<StringTree>>;
}

/**
 * Each language of every feature is built into one file per language (see vite.config.ts), fetched
 * only by those who read it: a phone on a slow connection does not download four languages to show one.
 */
export function defineLocales<T extends StringTree>(
  ns: string,
  en: T,
  load: { [L in OtherLanguage]: () => Promise<NoInfer<Translation<T>>> },
): Locales {
  return { ns, en, load: load as Record<OtherLanguage, () => Promise<StringTree>> };
}

/** A namespace's strings in `lang`. */
export const bundleOf = (locales: Locales, lang: Language): Promise<StringTree> =>
  lang === 'en' ? Promise.resolve(locales.en) : locales.load[lang]();

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Browser language tags that mean Hmong (White Hmong, Green Hmong) map to `hmn`. */
const HMONG_TAGS = new Set(['hmn', 'mww', 'hnj']);

export function languageFromTags(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split('-')[0];
    if (HMONG_TAGS.has(primary)) return 'hmn';
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

const listeners = new Set<(lang: Language) => void>();
let registered: readonly Locales[] = [];
const loaded = new Set<Language>(['en']);

async function ensureLanguage(lang: Language) {
  if (loaded.has(lang)) return;
  const bundles = await Promise.all(registered.map((l) => bundleOf(l, lang)));
  for (const [i, l] of registered.entries()) i18next.addResourceBundle(lang, l.ns, bundles[i], true, true);
  loaded.add(lang);
}

/**
 * Starts i18n with every feature's English strings, then fetches the first language's strings if it
 * is another one. Resolves once the page can be shown in it; in English if the fetch failed (offline
 * before the language was ever loaded).
 */
export async function initI18n(locales: readonly Locales[]): Promise<Language> {
  registered = locales;
  const lng = storedLanguage() ?? languageFromTags(navigator.languages ?? [navigator.language]);
  void i18next.init({
    resources: { en: Object.fromEntries(locales.map((l) => [l.ns, l.en])) },
    lng: 'en',
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    ns: locales.map((l) => l.ns),
    defaultNS: 'common',
    fallbackNS: 'common',
    // Preact escapes text; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  try {
    await ensureLanguage(lng);
    await i18next.changeLanguage(lng);
  } catch {
    // Shown in English, the fallback; choosing the language again retries the fetch.
  }
  document.documentElement.lang = currentLanguage();
  return currentLanguage();
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** Switches every mounted page to `lang` (once its strings are here) and remembers the choice on this device. */
export async function setLanguage(lang: Language) {
  await ensureLanguage(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage switched off: the choice lasts until the page is closed.
  }
  for (const listener of listeners) listener(lang);
}

export function useLanguage(): Language {
  const [lang, setLang] = useState(currentLanguage);
  useEffect(() => {
    listeners.add(setLang);
    return () => void listeners.delete(setLang);
  }, []);
  return lang;
}

/** `t` for one namespace (falling back to `common`), re-rendering the caller when the language changes. */
export function useT(ns = 'common'): TFunction {
  const lang = useLanguage();
  return i18next.getFixedT(lang, ns);
}

/** Intl formats in the current language, falling back to English where the browser lacks its data. */
export function formatDateTime(ms: number, lang: Language = currentLanguage()): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatNumber(n: number, lang: Language = currentLanguage()): string {
  return new Intl.NumberFormat([lang, 'en']).format(n);
}
