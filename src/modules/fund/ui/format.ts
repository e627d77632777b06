import { ApiError } from '../../../core/web/api';
import type { Language } from '../../../core/web/i18n';
import type { Disbursement, PublicFund } from '../contract';
import { parseCents } from '../csv-import/cells';

/** Cents as dollars in the reader's language: "$1,234.50", "1.234,50 US$". */
export const formatCents = (cents: number, lang: Language) =>
  new Intl.NumberFormat([lang, 'en'], { style: 'currency', currency: 'USD' }).format(cents / 100);

/**
 * Dollars typed in a form ("25", "1,234.50") as integer cents, read the way the server reads an
 * export, never through a float. An entry that is not an amount is an error on `field`, whose code
 * has no common translation, so the form shows `message` (already in the reader's language).
 */
export function centsFrom(text: string, field: string, message: string, { allowZero = false } = {}): number {
  try {
    const cents = parseCents(text);
    if (cents > 0 || (allowZero && cents === 0)) return cents;
  } catch {
    // Said below, on the field.
  }
  throw new ApiError(400, 'bad_amount', message, field);
}

/** Dollars for an input's value: "150000" rather than "$150,000.00". */
export const dollarsOf = (cents: number) => (cents % 100 ? (cents / 100).toFixed(2) : String(cents / 100));

/** The fund in the reader's language: each part translated, the original for the rest. */
export function localizedFund(fund: Pick<PublicFund, 'name' | 'description' | 'translations'>, lang: Language) {
  const tr = lang === 'en' ? undefined : fund.translations[lang];
  return { name: tr?.name || fund.name, description: tr?.description || fund.description };
}

/** A disbursement's fund name in the reader's language. */
export const fundNameOf = (d: Pick<Disbursement, 'fundName' | 'fundTranslations'>, lang: Language) =>
  localizedFund({ name: d.fundName, description: '', translations: d.fundTranslations }, lang).name;

export const fundPath = (id: string) => `/funds/${encodeURIComponent(id)}`;

/** Today in the browser's own calendar, for a date input. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
