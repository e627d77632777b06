import {
  type Account,
  cashAccount,
  DISBURSEMENT_CATEGORIES,
  type DisbursementCategory,
  disbursedAccount,
  donationsAccount,
} from './accounts';
import type { Posting } from './posting';

/**
 * Balances are debit-positive like the lines: cash and disbursed accounts are positive, donations
 * negative. Every account a posting has touched is present, also when it is back to 0.
 */
export type Balances = ReadonlyMap<Account, number>;

function addLines(into: Map<Account, number>, posting: Posting): void {
  for (const { account, amountCents } of posting.lines) {
    const next = (into.get(account) ?? 0) + amountCents;
    // Past 2^53 cents sums stop being exact; far beyond any real fund, but never wrong silently.
    if (!Number.isSafeInteger(next)) throw new RangeError(`The balance of ${account} left the exact integer range.`);
    into.set(account, next);
  }
}

/** The balances after one more posting; `balances` is left as it was. */
export function applyPosting(balances: Balances, posting: Posting): Map<Account, number> {
  const next = new Map(balances);
  addLines(next, posting);
  return next;
}

/** The balances a sequence of postings leads to: the oracle a stored ledger's balances must equal. */
export function foldBalances(postings: Iterable<Posting>): Map<Account, number> {
  const balances = new Map<Account, number>();
  for (const posting of postings) addLines(balances, posting);
  return balances;
}

export interface FundTotals {
  /** Donations less reversed donations. */
  raisedCents: number;
  paidOutCents: number;
  paidOutByCategory: Record<DisbursementCategory, number>;
  /** What the fund holds: raised less paid out, as each posting balances within its fund. */
  cashCents: number;
}

/** The figures a fund's public page shows; none of them says who gave or received. */
export function fundTotals(balances: Balances, fundId: string): FundTotals {
  const paidOutByCategory = Object.fromEntries(
    DISBURSEMENT_CATEGORIES.map((category) => [category, balances.get(disbursedAccount(fundId, category)) ?? 0]),
  ) as Record<DisbursementCategory, number>;
  return {
    // 0 - x rather than -x: no -0 for a fund without donations.
    raisedCents: 0 - (balances.get(donationsAccount(fundId)) ?? 0),
    paidOutCents: Object.values(paidOutByCategory).reduce((sum, cents) => sum + cents, 0),
    paidOutByCategory,
    cashCents: balances.get(cashAccount(fundId)) ?? 0,
  };
}
