/** The fund's vocabulary and limits, free of zod so the web app can import them without the validator. */

export { DISBURSEMENT_CATEGORIES, type DisbursementCategory } from './ledger/accounts';

export const DONATION_METHODS = ['cash', 'check', 'online', 'other'] as const;
export const DISBURSEMENT_STATES = ['requested', 'approved_once', 'paid', 'rejected'] as const;
export const IMPORT_PRESETS = ['stripe', 'paypal', 'generic'] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];
/** The languages a fund's name and description may be translated into (English is the main text). */
export const FUND_TRANSLATIONS = ['es', 'so', 'hmn'] as const;

/** $10,000,000: a goal, a donation or a payout beyond it is a typo. (The ledger itself takes far more.) */
export const MAX_AMOUNT_CENTS = 1_000_000_000;
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const NOTE_MAX = 500;
export const REASON_MAX = 1000;
/** A processor export of a few years of donations. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
