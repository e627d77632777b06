import type { DisbursementCategory } from './ledger/accounts';
import type { MemoKind } from './ledger/posting';

export type DonationMethod = 'cash' | 'check' | 'online' | 'other';
/** Where a donation was recorded from: by hand, or the processor export it was imported from. */
export type DonationSource = 'manual' | 'stripe' | 'paypal' | 'generic';
export type DisbursementState = 'requested' | 'approved_once' | 'paid' | 'rejected';

/** A fund money is given to and paid out of (legal defense, rent relief…). Its figures come from the ledger. */
export interface FundTable {
  id: string;
  name: string;
  description: string;
  /** JSON text: { es?: { name?, description? }, so?: …, hmn?: … }. */
  translations: string;
  goalCents: number;
  /** Shown on /funds with its totals (never who gave or received). */
  public: number;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  demo: number;
}

/**
 * One entry of the append-only, hash-chained double-entry ledger (see ledger/). The database refuses
 * to update or delete these rows. Nothing in it names a person: accounts are per fund and category.
 */
export interface LedgerEntryTable {
  seq: number;
  idempotencyKey: string;
  at: number;
  memo: MemoKind;
  /** JSON text: PostingLine[]. */
  lines: string;
  prevHash: string;
  hash: string;
}

/**
 * The ledger's head (one row, id 1): the last entry's seq and hash. Kept apart from the entries so a
 * cut-off end is noticed, and locked by every append on PostgreSQL so appends form one chain.
 */
export interface LedgerHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** Each account's balance, updated in the same transaction as the entry; always the fold of the entries. */
export interface LedgerBalanceTable {
  fundId: string;
  account: string;
  balanceCents: number;
}

/** A donation: the amount lives in the ledger (entry `entrySeq`); the donor's name and note are private. */
export interface FundDonationTable {
  id: string;
  fundId: string;
  amountCents: number;
  /** When the money was given (epoch ms; the day, for a cheque). */
  receivedAt: number;
  method: DonationMethod;
  source: DonationSource;
  /** The payment processor's transaction id (imports), for reconciling with its dashboard. */
  externalId: string | null;
  entrySeq: number;
  /** Treasurers only; erased after retentionDays.fund_donor. */
  donorName: string | null;
  note: string | null;
  /** Refunded or corrected so far, by reversal entries. */
  reversedCents: number;
  recordedBy: string | null;
  createdAt: number;
}

/** A request to pay money out of a fund, linked to a family case or an aid request; two treasurers approve it. */
export interface FundDisbursementTable {
  id: string;
  fundId: string;
  category: DisbursementCategory;
  amountCents: number;
  caseId: string | null;
  aidRequestId: string | null;
  requestedBy: string | null;
  state: DisbursementState;
  /** Who is paid and how (treasurers only), and why (treasurers and the case's caseworkers); erased after retentionDays.fund_payee. */
  payeeName: string | null;
  payeeDetails: string | null;
  reason: string | null;
  firstApproverId: string | null;
  firstApprovedAt: number | null;
  /** The second approver (paid) or the treasurer who rejected it. */
  decidedBy: string | null;
  decidedAt: number | null;
  rejectReason: string | null;
  /** The payout's ledger entry. */
  entrySeq: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface FundTables {
  fund: FundTable;
  ledgerEntry: LedgerEntryTable;
  ledgerHead: LedgerHeadTable;
  ledgerBalance: LedgerBalanceTable;
  fundDonation: FundDonationTable;
  fundDisbursement: FundDisbursementTable;
}
