import fc from 'fast-check';
import { type Account, cashAccount, DISBURSEMENT_CATEGORIES, disbursedAccount, donationsAccount } from './accounts';
import { type LedgerEntry, nextEntry } from './chain';
import { MEMO_KINDS, type Posting, type PostingLine } from './posting';

/** Generators for the ledger's property tests: valid postings and chains built from them. */

export const FUND_IDS = ['legal', 'rent', 'family'];

const accountsOf = (fundId: string): Account[] => [
  cashAccount(fundId),
  donationsAccount(fundId),
  ...DISBURSEMENT_CATEGORIES.map((category) => disbursedAccount(fundId, category)),
];

/** 2 to 4 lines within one fund that sum to 0: all but the last are free, the last balances them. */
const fundLines = (fundId: string): fc.Arbitrary<PostingLine[]> =>
  fc
    .uniqueArray(fc.constantFrom(...accountsOf(fundId)), { minLength: 2, maxLength: 4 })
    .chain((accounts) =>
      fc
        .array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).filter(Boolean), {
          minLength: accounts.length - 1,
          maxLength: accounts.length - 1,
        })
        .map((amounts) => {
          const last = -amounts.reduce((sum, cents) => sum + cents, 0);
          return [...amounts, last].map((amountCents, i) => ({ account: accounts[i], amountCents }));
        }),
    )
    .filter((lines) => lines.every((line) => line.amountCents !== 0));

export const validPosting: fc.Arbitrary<Posting> = fc.record(
  {
    idempotencyKey: fc.uuid(),
    at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    memo: fc.constantFrom(...MEMO_KINDS),
    lines: fc
      .uniqueArray(fc.constantFrom(...FUND_IDS), { minLength: 1, maxLength: 2 })
      .chain((funds) => fc.tuple(...funds.map(fundLines)).map((groups) => groups.flat())),
  },
  // Plain objects, like a posting read back from the database.
  { noNullPrototype: true },
);

export function buildChain(postings: readonly Posting[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const posting of postings) entries.push(nextEntry(entries.at(-1) ?? null, posting));
  return entries;
}

export const chainOf = (minLength: number) => fc.array(validPosting, { minLength, maxLength: 12 }).map(buildChain);
