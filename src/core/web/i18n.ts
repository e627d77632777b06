import i18next, { type TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';

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

/** One feature's strings (its i18next namespace) in every language. */
export interface Locales {
  ns: string;
  bundles: Record<Language, StringTree>;
}

export function defineLocales<T extends StringTree>(
  ns: string,
  bundles: { en: T; es: NoInfer<Translation<T>>; so: NoInfer<Translation<T>>; hmn: NoInfer<Translation<T>> },
): Locales {
  return { ns, bundles: bundles as Record<Language, StringTree> };
}

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

/** Loads every feature's strings (bundled: no request, works offline) and picks the first language. */
export function initI18n(locales: readonly Locales[]): Language {
  const resources: Record<string, Record<string, StringTree>> = {};
  for (const lang of LANGUAGES) resources[lang] = Object.fromEntries(locales.map((l) => [l.ns, l.bundles[lang]]));
  const lng = storedLanguage() ?? languageFromTags(navigator.languages ?? [navigator.language]);
  void i18next.init({
    resources,
    lng,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    ns: locales.map((l) => l.ns),
    defaultNS: 'common',
    fallbackNS: 'common',
    // Preact escapes text; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return lng;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** Switches every mounted page to `lang` and remembers the choice on this device. */
export function setLanguage(lang: Language) {
  void i18next.changeLanguage(lang);
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
  return new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatNumber(n: number, lang: Language = currentLanguage()): string {
  return new Intl.NumberFormat([lang, 'en']).format(n);
}
