import { createHash } from 'node:crypto';
import type { Posting } from './posting';

/** The previous hash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);
export const LEDGER_FORMAT = 'whistle-ledger-v1';

export interface LedgerEntry {
  /** 1, 2, 3, … with no gaps, over the whole ledger. */
  seq: number;
  prevHash: string;
  /** Lowercase hex SHA-256 of canonicalJson({ format, seq, prevHash, posting }); see chainHash. */
  hash: string;
  posting: Posting;
}

export type CanonicalValue = string | number | CanonicalValue[] | { [key: string]: CanonicalValue };

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth, no whitespace, and integers
 * written as decimal strings ("2500"), so the text depends only on the content and can be rebuilt in
 * any language without caring how it prints numbers. Fractions and unsafe integers are refused: they
 * have no single exact decimal form.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
    return `"${value}"`;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

/** The hashed content of a posting. Lines in account order: where they were stored does not matter. */
function postingContent(posting: Posting): CanonicalValue {
  const lines = [...posting.lines]
    .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0))
    .map((line) => ({ account: line.account, amountCents: line.amountCents }));
  return { idempotencyKey: posting.idempotencyKey, at: posting.at, memo: posting.memo, lines };
}

export function chainHash(prevHash: string, entry: Pick<LedgerEntry, 'seq' | 'posting'>): string {
  const text = canonicalJson({ format: LEDGER_FORMAT, seq: entry.seq, prevHash, posting: postingContent(entry.posting) });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The entry that follows `previous` (null: the ledger is empty). The posting must already be valid. */
export function nextEntry(previous: Pick<LedgerEntry, 'seq' | 'hash'> | null, posting: Posting): LedgerEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { seq, prevHash, hash: chainHash(prevHash, { seq, posting }), posting };
}

export type ChainBreak = 'edited' | 'missing' | 'reordered' | 'bad_genesis';
export type ChainCheck = { ok: true } | { ok: false; at: number; reason: ChainBreak };

/** A chain checked one entry at a time, e.g. while paging through a stored ledger by seq. */
export interface ChainWalk {
  /** The first break found at this entry, or ok; once broken, later calls repeat that break. */
  step(entry: LedgerEntry): ChainCheck;
  /** After the last entry: compares the end reached with the ledger's recorded head, if given. */
  finish(head?: Pick<LedgerEntry, 'seq' | 'hash'>): ChainCheck;
}

/**
 * Walks entries from the genesis. `laterHas(seq)` says whether an entry with that seq comes later in
 * the input: a seq found out of place is then `reordered` rather than `missing` (input read in seq
 * order never has one later, which is the default).
 */
export function walkChain(laterHas: (seq: number) => boolean = () => false): ChainWalk {
  let previous: LedgerEntry | null = null;
  let broken: ChainCheck | null = null;
  const check = (entry: LedgerEntry): ChainCheck => {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (!Number.isSafeInteger(entry.seq) || entry.seq < expectedSeq)
      return { ok: false, at: entry.seq, reason: previous ? 'reordered' : 'bad_genesis' };
    // A later seq where `expectedSeq` belongs: missing if it is nowhere, out of order if it comes later.
    if (entry.seq > expectedSeq) return { ok: false, at: expectedSeq, reason: laterHas(expectedSeq) ? 'reordered' : 'missing' };
    if (!previous && entry.prevHash !== GENESIS_HASH) return { ok: false, at: entry.seq, reason: 'bad_genesis' };
    if (entry.hash !== chainHash(entry.prevHash, entry)) return { ok: false, at: entry.seq, reason: 'edited' };
    // The entry is self-consistent but does not follow its predecessor: the predecessor was rewritten
    // along with its own hash.
    if (previous && entry.prevHash !== previous.hash) return { ok: false, at: previous.seq, reason: 'edited' };
    return { ok: true };
  };
  return {
    step(entry) {
      if (broken) return broken;
      const result = check(entry);
      if (result.ok) previous = entry;
      else broken = result;
      return result;
    },
    finish(head) {
      if (broken) return broken;
      if (head) {
        const last = previous?.seq ?? 0;
        if (last < head.seq) return { ok: false, at: last + 1, reason: 'missing' };
        if (last > head.seq) return { ok: false, at: head.seq + 1, reason: 'edited' };
        if (previous && previous.hash !== head.hash) return { ok: false, at: last, reason: 'edited' };
      }
      return { ok: true };
    },
  };
}

/**
 * Walks the entries in the order given (the order they were read in, e.g. by seq) from the genesis.
 * `at` is the seq of the entry that was changed, the first seq that is missing, or the first seq not
 * found where it belongs. Entries cut off the end leave a whole but shorter chain: pass the ledger's
 * recorded head (kept apart from the entries) to catch that too.
 */
export function verifyChain(entries: readonly LedgerEntry[], head?: Pick<LedgerEntry, 'seq' | 'hash'>): ChainCheck {
  const present = new Set(entries.map((entry) => entry.seq));
  const walk = walkChain((seq) => present.has(seq));
  for (const entry of entries) {
    const result = walk.step(entry);
    if (!result.ok) return result;
  }
  return walk.finish(head);
}
