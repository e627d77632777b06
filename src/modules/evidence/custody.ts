import { createHash } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Db } from '../../database';
import type { CustodyAction } from './contract';
import {
  findLastCustodyEntry,
  insertCustodyEntry,
  listAllEvidence,
  listCustodyEntries,
  orphanCustodyEvidenceIds,
  setCustodyHead,
} from './repository';
import type { CustodyEntryTable, EvidenceTable } from './schema';
import { hashStoredFile } from './storage';

/** The previous hash of an item's first entry. */
export const GENESIS_HASH = '0'.repeat(64);
export const CUSTODY_FORMAT = 'whistle-custody-v1';

/** How each entry's hash is made; written into every export so that anyone can check a chain. */
export const CUSTODY_HASH_RULE =
  `hash = lowercase hex SHA-256 of the UTF-8 JSON array ["${CUSTODY_FORMAT}", prevHash, evidenceId, seq, at, memberId, action, ` +
  'sha256Original, sha256Shared] (no spaces; at in epoch milliseconds; memberId null for the anonymous reporter; ' +
  `sha256Shared null when there is no shared copy); the first entry's prevHash is ${GENESIS_HASH}.`;

type ItemHashes = Pick<EvidenceTable, 'sha256Original' | 'sha256Shared'>;
type EntryFields = Pick<CustodyEntryTable, 'prevHash' | 'evidenceId' | 'seq' | 'at' | 'memberId' | 'action'>;

export function custodyHash(entry: EntryFields, item: ItemHashes): string {
  const canonical = JSON.stringify([
    CUSTODY_FORMAT,
    entry.prevHash,
    entry.evidenceId,
    entry.seq,
    entry.at,
    entry.memberId,
    entry.action,
    item.sha256Original,
    item.sha256Shared,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The entry that would follow `previous` (null: the first); not yet stored. */
export function nextCustodyEntry(
  ctx: AppContext,
  item: Pick<EvidenceTable, 'id'> & ItemHashes,
  previous: Pick<CustodyEntryTable, 'seq' | 'hash'> | null,
  memberId: string | null,
  action: CustodyAction,
): CustodyEntryTable {
  const fields: EntryFields = {
    evidenceId: item.id,
    seq: (previous?.seq ?? 0) + 1,
    at: ctx.clock.now(),
    memberId,
    action,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { id: ctx.ids.next(), ...fields, hash: custodyHash(fields, item) };
}

/**
 * Appends an entry to an item's chain inside the caller's transaction. The caller has locked the
 * item's row (PostgreSQL), so two views at once get consecutive numbers.
 */
export async function appendCustody(ctx: AppContext, tx: Db, item: EvidenceTable, memberId: string | null, action: CustodyAction) {
  const previous = await findLastCustodyEntry(tx, item.id);
  const entry = nextCustodyEntry(ctx, item, previous ?? null, memberId, action);
  await insertCustodyEntry(tx, entry);
  await setCustodyHead(tx, item.id, entry.hash);
  return entry;
}

export type BreakReason =
  | 'empty_chain'
  | 'sequence_gap'
  | 'prev_hash_mismatch'
  | 'hash_mismatch'
  | 'not_uploaded_first'
  | 'head_mismatch'
  | 'entries_without_item'
  | 'original_file_changed'
  | 'shared_file_changed';

export interface CustodyBreak {
  evidenceId: string;
  /** The first entry that does not check out; null when the problem is not one entry (a file, the end). */
  seq: number | null;
  reason: BreakReason;
}

/** The first problem in one item's chain (entries in seq order), or null when it checks out. */
export function checkChain(item: EvidenceTable, entries: CustodyEntryTable[]): CustodyBreak | null {
  const broken = (seq: number | null, reason: BreakReason): CustodyBreak => ({ evidenceId: item.id, seq, reason });
  if (!entries.length) return broken(null, 'empty_chain');
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return broken(entry.seq, 'sequence_gap');
    if (entry.prevHash !== (i === 0 ? GENESIS_HASH : entries[i - 1].hash)) return broken(entry.seq, 'prev_hash_mismatch');
    if (entry.hash !== custodyHash(entry, item)) return broken(entry.seq, 'hash_mismatch');
    if (i === 0 && entry.action !== 'uploaded') return broken(entry.seq, 'not_uploaded_first');
  }
  // Entries cut off the end leave a chain that is whole but shorter than the item says.
  if (entries[entries.length - 1].hash !== item.custodyHead) return broken(null, 'head_mismatch');
  return null;
}

export interface CustodyReport {
  items: number;
  entries: number;
  /** The first broken entry found (items in id order), or null when every chain checks out. */
  firstBroken: CustodyBreak | null;
  /** Every item whose chain is broken (its first break each). */
  broken: CustodyBreak[];
}

/**
 * Walks every item's chain. With `evidenceDir`, also checks that the files on disk still have the
 * hashes the chain was made with.
 */
export async function verifyCustody(db: Db, opts: { evidenceDir?: string } = {}): Promise<CustodyReport> {
  const broken: CustodyBreak[] = [];
  let entries = 0;
  const items = await listAllEvidence(db);
  for (const item of items) {
    const chain = await listCustodyEntries(db, [item.id]);
    entries += chain.length;
    const problem = checkChain(item, chain) ?? (opts.evidenceDir ? await checkFiles(opts.evidenceDir, item) : null);
    if (problem) broken.push(problem);
  }
  for (const evidenceId of await orphanCustodyEvidenceIds(db)) broken.push({ evidenceId, seq: null, reason: 'entries_without_item' });
  return { items: items.length, entries, firstBroken: broken[0] ?? null, broken };
}

async function checkFiles(dir: string, item: EvidenceTable): Promise<CustodyBreak | null> {
  if ((await hashStoredFile(dir, item.id, 'original')) !== item.sha256Original)
    return { evidenceId: item.id, seq: null, reason: 'original_file_changed' };
  if (item.sha256Shared !== null && (await hashStoredFile(dir, item.id, 'shared')) !== item.sha256Shared)
    return { evidenceId: item.id, seq: null, reason: 'shared_file_changed' };
  return null;
}
