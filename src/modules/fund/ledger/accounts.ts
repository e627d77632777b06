/**
 * The ledger's chart of accounts. Every fund has the same small set, named `fund:<fundId>:<kind>`:
 * - `cash`: money the fund holds (an asset; its balance is positive when the fund has money),
 * - `donations`: money given to the fund (income; credited, so its balance is negative),
 * - `disbursed:<category>`: money paid out, by category (an expense; positive), which is what the
 *   public page shows as "paid out by category" without saying who received it.
 */

export const DISBURSEMENT_CATEGORIES = [
  'legal',
  'rent',
  'bills',
  'food',
  'medicine',
  'childcare',
  'transport',
  'translation',
  'other',
] as const;
export type DisbursementCategory = (typeof DISBURSEMENT_CATEGORIES)[number];

export type Account = `fund:${string}:cash` | `fund:${string}:donations` | `fund:${string}:disbursed:${DisbursementCategory}`;

export type ParsedAccount =
  | { fundId: string; kind: 'cash' | 'donations' }
  | { fundId: string; kind: 'disbursed'; category: DisbursementCategory };

/** Fund ids are uuids in practice; anything with a colon would make account names ambiguous. */
const FUND_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ACCOUNT = /^fund:([^:]+):(cash|donations|disbursed:([^:]+))$/;

export const isFundId = (fundId: string) => FUND_ID.test(fundId);

function checkedFundId(fundId: string): string {
  if (!isFundId(fundId)) throw new RangeError('A fund id is 1 to 64 letters, digits, "-" or "_".');
  return fundId;
}

export const cashAccount = (fundId: string): Account => `fund:${checkedFundId(fundId)}:cash`;
export const donationsAccount = (fundId: string): Account => `fund:${checkedFundId(fundId)}:donations`;
export const disbursedAccount = (fundId: string, category: DisbursementCategory): Account =>
  `fund:${checkedFundId(fundId)}:disbursed:${category}`;

const isCategory = (text: string): text is DisbursementCategory => (DISBURSEMENT_CATEGORIES as readonly string[]).includes(text);

/** The fund and kind of an account name, or null when it is not one of the accounts above. */
export function parseAccount(text: string): ParsedAccount | null {
  const match = ACCOUNT.exec(text);
  if (!match || !isFundId(match[1])) return null;
  const [, fundId, kind, category] = match;
  if (kind === 'cash' || kind === 'donations') return { fundId, kind };
  return category !== undefined && isCategory(category) ? { fundId, kind: 'disbursed', category } : null;
}
