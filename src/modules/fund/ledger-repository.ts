import type { Db } from '../../database';
import type { LedgerBalanceTable, LedgerEntryTable } from './schema';

/** Queries of the stored ledger: entries, the head row and the balance table. */

/** The head; with `lock` (PostgreSQL) the row stays locked until commit, which makes appends one chain. */
export const readHead = (db: Db, lock = false) => {
  const q = db.selectFrom('ledgerHead').select(['seq', 'hash']).where('id', '=', 1);
  return (lock ? q.forUpdate() : q).executeTakeFirstOrThrow();
};

export const moveHead = (db: Db, seq: number, hash: string) =>
  db.updateTable('ledgerHead').set({ seq, hash }).where('id', '=', 1).execute();

export const findEntryByKey = (db: Db, idempotencyKey: string) =>
  db.selectFrom('ledgerEntry').selectAll().where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();

export const insertEntry = (db: Db, row: LedgerEntryTable) => db.insertInto('ledgerEntry').values(row).execute();

/** Entries after `afterSeq`, in seq order, at most `limit`: the verifier pages through the ledger. */
export const entriesAfter = (db: Db, afterSeq: number, upToSeq: number, limit: number) =>
  db.selectFrom('ledgerEntry').selectAll().where('seq', '>', afterSeq).where('seq', '<=', upToSeq).orderBy('seq').limit(limit).execute();

export async function lastStoredSeq(db: Db): Promise<number> {
  const row = await db
    .selectFrom('ledgerEntry')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/**
 * Adds each line to its account's balance. Accounts go in sorted order: on PostgreSQL the upserted
 * rows stay locked until commit, and one order for everyone never deadlocks.
 */
export async function addToBalances(db: Db, changes: LedgerBalanceTable[]) {
  const rows = [...changes].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
  await db
    .insertInto('ledgerBalance')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['fundId', 'account'])
        .doUpdateSet((eb) => ({ balanceCents: eb('ledgerBalance.balanceCents', '+', eb.ref('excluded.balanceCents')) })),
    )
    .execute();
}

/** One fund's balances: a primary-key range read, however long the ledger. */
export const balancesOfFund = (db: Db, fundId: string) =>
  db.selectFrom('ledgerBalance').select(['account', 'balanceCents']).where('fundId', '=', fundId).execute();

export const balancesOfFunds = (db: Db, fundIds: readonly string[]) =>
  fundIds.length
    ? db
        .selectFrom('ledgerBalance')
        .selectAll()
        .where('fundId', 'in', [...fundIds])
        .execute()
    : Promise.resolve([] as LedgerBalanceTable[]);

export const allBalances = (db: Db) => db.selectFrom('ledgerBalance').selectAll().execute();

/** Which of these idempotency keys are already posted. */
export async function postedKeys(db: Db, idempotencyKeys: readonly string[]): Promise<Set<string>> {
  if (!idempotencyKeys.length) return new Set();
  const rows = await db
    .selectFrom('ledgerEntry')
    .select('idempotencyKey')
    .where('idempotencyKey', 'in', [...idempotencyKeys])
    .execute();
  return new Set(rows.map((r) => r.idempotencyKey));
}
