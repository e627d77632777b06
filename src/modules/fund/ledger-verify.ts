import type { Dialect } from '../../core/db/database';
import type { Db } from '../../database';
import type { Account } from './ledger/accounts';
import { foldBalances } from './ledger/balances';
import { type ChainBreak, type ChainCheck, type ChainWalk, type LedgerEntry, walkChain } from './ledger/chain';
import { allBalances, entriesAfter, lastStoredSeq, readHead } from './ledger-repository';
import { entryOfRow } from './ledger-service';
import type { LedgerEntryTable } from './schema';

/** What `npm run fund:verify` and the treasurers' page report. */
export interface LedgerReport {
  ok: boolean;
  /** Entries checked: every one up to the head as it was when the check began. */
  entries: number;
  head: { seq: number; hash: string };
  /** The first break of the hash chain, or null. */
  firstBreak: { seq: number; reason: ChainBreak } | null;
  /** Accounts whose stored balance differs from the sum of the entries. */
  balanceMismatches: { account: string; recordedCents: number; ledgerCents: number }[];
}

/** Entries read per query: memory stays flat however long the ledger grows. */
const PAGE = 5000;

/**
 * The head and the balance table as of one instant. Appends commit both with their entry, so they
 * match each other in any one snapshot; the entries up to that head are then fixed for good.
 */
async function snapshot(db: Db, dialect: Dialect) {
  const read = (tx: Db) => Promise.all([readHead(tx), allBalances(tx)]);
  const [head, balances] =
    dialect === 'postgres'
      ? await db.transaction().setIsolationLevel('repeatable read').execute(read)
      : await db.transaction().execute(read);
  return { head: { seq: Number(head.seq), hash: head.hash }, balances };
}

/**
 * Walks the chain from the genesis to the recorded head, refolds every balance from the entries and
 * compares it with the balance table. Appends may go on meanwhile: they only add entries past the
 * head it started from.
 */
export async function verifyLedger(db: Db, dialect: Dialect): Promise<LedgerReport> {
  const { head, balances } = await snapshot(db, dialect);
  const walk = walkChain();
  const entries: LedgerEntry[] = [];
  let folded = new Map<Account, number>();
  let checked = 0;
  let chain: ChainCheck = { ok: true };
  for (let after = 0; chain.ok; ) {
    const rows = await entriesAfter(db, after, head.seq, PAGE);
    if (!rows.length) break;
    for (const row of rows) {
      checked++;
      const step = stepOver(walk, row);
      chain = step.check;
      if (!step.entry || !chain.ok) break;
      entries.push(step.entry);
    }
    folded = foldInto(folded, entries.splice(0));
    after = Number(rows.at(-1)?.seq);
  }
  if (chain.ok) chain = walk.finish(head);
  // An entry stored past the head was not appended by Whistle. Read the last seq before the head:
  // an append moves both at once, so a genuine one is never seen past a head read after it.
  if (chain.ok) {
    const last = await lastStoredSeq(db);
    const now = await readHead(db);
    if (last > Number(now.seq)) chain = { ok: false, at: Number(now.seq) + 1, reason: 'edited' };
  }
  const balanceMismatches = chain.ok ? compareBalances(folded, balances) : [];
  return {
    ok: chain.ok && !balanceMismatches.length,
    entries: checked,
    head,
    firstBreak: chain.ok ? null : { seq: chain.at, reason: chain.reason },
    balanceMismatches,
  };
}

/** A row Whistle cannot have written (lines that are not JSON, amounts that are not exact integers) is an edit. */
function stepOver(walk: ChainWalk, row: LedgerEntryTable): { entry: LedgerEntry | null; check: ChainCheck } {
  try {
    const entry = entryOfRow(row);
    return { entry, check: walk.step(entry) };
  } catch {
    return { entry: null, check: { ok: false, at: Number(row.seq), reason: 'edited' } };
  }
}

function foldInto(into: Map<Account, number>, entries: LedgerEntry[]): Map<Account, number> {
  const page = foldBalances(entries.map((e) => e.posting));
  for (const [account, cents] of page) into.set(account, (into.get(account) ?? 0) + cents);
  return into;
}

function compareBalances(folded: Map<Account, number>, stored: { account: string; balanceCents: number }[]) {
  const recorded = new Map(stored.map((r) => [r.account, Number(r.balanceCents)]));
  const accounts = [...new Set([...folded.keys(), ...recorded.keys()])].sort();
  return accounts
    .map((account) => ({ account, recordedCents: recorded.get(account) ?? 0, ledgerCents: folded.get(account as Account) ?? 0 }))
    .filter((m) => m.recordedCents !== m.ledgerCents);
}
