import type { AppContext } from '../../context';
import { commitTogether } from '../../core/db/group-commit';
import { AppError } from '../../core/errors';
import type { Db } from '../../database';
import { type Account, parseAccount } from './ledger/accounts';
import { type Balances, type FundTotals, fundTotals } from './ledger/balances';
import { type LedgerEntry, nextEntry } from './ledger/chain';
import { type Posting, type PostingLine, validatePosting } from './ledger/posting';
import { addToBalances, balancesOfFund, findEntryByKey, insertEntry, moveHead, readHead } from './ledger-repository';
import type { LedgerEntryTable } from './schema';

/**
 * The stored ledger: every posting goes through `appendPosting`, in the caller's transaction, so a
 * donation row or a payout's state change commits together with its entry, its new head and its
 * balances — or not at all.
 */

export interface Posted {
  entry: LedgerEntry;
  /** False when the idempotency key was already posted: `entry` is then the first posting's. */
  created: boolean;
}

/** A stored row as the chain library sees it; a row whose lines are not even JSON cannot be one. */
export function entryOfRow(row: LedgerEntryTable): LedgerEntry {
  const posting: Posting = { idempotencyKey: row.idempotencyKey, at: Number(row.at), memo: row.memo, lines: JSON.parse(row.lines) };
  return { seq: Number(row.seq), prevHash: row.prevHash, hash: row.hash, posting };
}

const rowOfEntry = ({ seq, prevHash, hash, posting }: LedgerEntry): LedgerEntryTable => ({
  seq,
  idempotencyKey: posting.idempotencyKey,
  at: posting.at,
  memo: posting.memo,
  lines: JSON.stringify(posting.lines),
  prevHash,
  hash,
});

/**
 * Serialises ledger appends until the transaction ends. SQLite has one writer (and one connection
 * here), so transactions never interleave; on PostgreSQL the head row's lock does it. Callers that
 * check a balance before posting (a payout must not overdraw) lock first, so the balance they read
 * is the one their posting follows.
 */
export const lockLedger = (ctx: AppContext, tx: Db) => readHead(tx, ctx.dialect === 'postgres');

/**
 * Appends a posting to the chain, once per idempotency key: a key already posted (also by a
 * concurrent caller, which the lock makes wait) returns the first entry and writes nothing.
 */
export async function appendPosting(ctx: AppContext, tx: Db, input: Posting): Promise<Posted> {
  const check = validatePosting(input);
  // Postings are built by this module's services, which check their inputs first; this is a bug guard.
  if (!check.ok) throw new AppError(400, 'invalid_posting', check.message, check.field);
  const head = await lockLedger(ctx, tx);
  const earlier = await findEntryByKey(tx, check.posting.idempotencyKey);
  if (earlier) return { entry: entryOfRow(earlier), created: false };
  const entry = nextEntry({ seq: Number(head.seq), hash: head.hash }, check.posting);
  await insertEntry(tx, rowOfEntry(entry));
  await moveHead(tx, entry.seq, entry.hash);
  await addToBalances(
    tx,
    entry.posting.lines.map((line) => ({ fundId: fundOf(line), account: line.account, balanceCents: line.amountCents })),
  );
  return { entry, created: true };
}

const fundOf = (line: PostingLine) => parseAccount(line.account)?.fundId ?? '';

/**
 * Posts on its own, sharing a commit with postings that arrive together on SQLite (one fsync for
 * many; see core/db/group-commit.ts).
 */
export const postNow = (ctx: AppContext, posting: Posting) => commitTogether(ctx.db, ctx.dialect, (tx) => appendPosting(ctx, tx, posting));

/** One fund's balances from the balance table (a primary-key read). */
export async function fundBalances(db: Db, fundId: string): Promise<Balances> {
  const rows = await balancesOfFund(db, fundId);
  return new Map(rows.map((r) => [r.account as Account, Number(r.balanceCents)]));
}

export async function totalsOfFund(db: Db, fundId: string): Promise<FundTotals> {
  return fundTotals(await fundBalances(db, fundId), fundId);
}

export async function ledgerHead(db: Db): Promise<{ seq: number; hash: string }> {
  const head = await readHead(db);
  return { seq: Number(head.seq), hash: head.hash };
}
