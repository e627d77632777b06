import { createHash } from 'node:crypto';
import { cashAccount, type DisbursementCategory, disbursedAccount, donationsAccount } from './ledger/accounts';
import type { Posting } from './ledger/posting';

/**
 * The three postings the fund makes, and their idempotency keys. Keys are what make a retried request,
 * a re-imported file or two treasurers at once post exactly once.
 */

/** Money given: cash up, donations (income) credited. */
export const donationPosting = (idempotencyKey: string, at: number, fundId: string, cents: number): Posting => ({
  idempotencyKey,
  at,
  memo: 'donation',
  lines: [
    { account: cashAccount(fundId), amountCents: cents },
    { account: donationsAccount(fundId), amountCents: -cents },
  ],
});

/** A donation refunded or entered by mistake: the donation posting with the signs flipped. */
export const reversalPosting = (idempotencyKey: string, at: number, fundId: string, cents: number): Posting => ({
  ...donationPosting(idempotencyKey, at, fundId, -cents),
  memo: 'reversal',
});

/** A payout: the category's expense debited, cash credited. */
export const payoutPosting = (
  idempotencyKey: string,
  at: number,
  fundId: string,
  category: DisbursementCategory,
  cents: number,
): Posting => ({
  idempotencyKey,
  at,
  memo: 'disbursement',
  lines: [
    { account: disbursedAccount(fundId, category), amountCents: cents },
    { account: cashAccount(fundId), amountCents: -cents },
  ],
});

const KEY_SAFE = /^[\x21-\x7e]{1,100}$/;

/** A processor's transaction id as part of a key: as it is when short and plain, else its SHA-256. */
const part = (id: string) => (KEY_SAFE.test(id) ? id : `h${createHash('sha256').update(id).digest('hex')}`);

export const keys = {
  manualDonation: (clientKey: string) => `manual:${clientKey}`,
  importedDonation: (source: string, externalId: string) => `${source}:${part(externalId)}`,
  /** A refund as the processor reports it: cumulative, so a later, larger refund posts only the difference. */
  importedRefund: (source: string, externalId: string, refundedSoFarCents: number) =>
    `${source}:${part(externalId)}:refund:${refundedSoFarCents}`,
  /** A refund row of its own (PayPal): its own transaction id. */
  refundRow: (source: string, refundId: string) => `${source}:refund:${part(refundId)}`,
  donationReversal: (donationId: string) => `reversal:${donationId}`,
  payout: (disbursementId: string) => `payout:${disbursementId}`,
};
