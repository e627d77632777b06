import { type Kysely, sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';
import { dialectOf } from '../../core/db/portable';
import { GENESIS_HASH } from './ledger/chain';

// Dated after families (2026-12-08) and aid (2026-12-09): a disbursement may point at a case.

/** The database itself refuses to change or delete a ledger entry (not only the absence of an API). */
export async function createLedgerTriggers(db: Kysely<unknown>) {
  if (dialectOf(db) === 'postgres') {
    await sql`create or replace function ledger_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'ledger_entry is append-only'; end $$`.execute(db);
    await sql`create trigger ledger_entry_append_only before update or delete on ledger_entry
      for each row execute function ledger_entry_append_only()`.execute(db);
    // TRUNCATE skips row triggers; it gets its own.
    await sql`create trigger ledger_entry_no_truncate before truncate on ledger_entry
      for each statement execute function ledger_entry_append_only()`.execute(db);
    return;
  }
  await sql`create trigger ledger_entry_no_update before update on ledger_entry
    begin select raise(abort, 'ledger_entry is append-only'); end`.execute(db);
  await sql`create trigger ledger_entry_no_delete before delete on ledger_entry
    begin select raise(abort, 'ledger_entry is append-only'); end`.execute(db);
}

export const fundMigrations: MigrationMap = {
  '2026-12-10-fund-001-init': {
    async up(db) {
      await db.schema
        .createTable('fund')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('goal_cents', 'bigint', (c) => c.notNull())
        .addColumn('public', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      // On SQLite an INTEGER primary key is the rowid: entries are stored in seq order, which is
      // the order the chain is verified in.
      await db.schema
        .createTable('ledger_entry')
        .addColumn('seq', dialectOf(db) === 'postgres' ? 'bigint' : 'integer', (c) => c.primaryKey())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('memo', 'text', (c) => c.notNull())
        .addColumn('lines', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await createLedgerTriggers(db);

      await db.schema
        .createTable('ledger_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into ledger_head (id, seq, hash) values (1, 0, ${GENESIS_HASH})`.execute(db);

      await db.schema
        .createTable('ledger_balance')
        .addColumn('fund_id', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('balance_cents', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_balance_pk', ['fund_id', 'account'])
        .execute();

      await db.schema
        .createTable('fund_donation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fund_id', 'text', (c) => c.notNull().references('fund.id'))
        .addColumn('amount_cents', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('entry_seq', 'bigint', (c) => c.notNull().unique())
        .addColumn('donor_name', 'text')
        .addColumn('note', 'text')
        .addColumn('reversed_cents', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('recorded_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('fund_donation_fund').on('fund_donation').columns(['fund_id', 'received_at']).execute();
      await db.schema.createIndex('fund_donation_external').on('fund_donation').columns(['source', 'external_id']).execute();
      await db.schema.createIndex('fund_donation_created').on('fund_donation').columns(['created_at']).execute();

      await db.schema
        .createTable('fund_disbursement')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fund_id', 'text', (c) => c.notNull().references('fund.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('amount_cents', 'bigint', (c) => c.notNull())
        // A purged case leaves its disbursements (and their ledger entries) without the link.
        .addColumn('case_id', 'text', (c) => c.references('family_case.id').onDelete('set null'))
        .addColumn('aid_request_id', 'text')
        .addColumn('requested_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('payee_name', 'text')
        .addColumn('payee_details', 'text')
        .addColumn('reason', 'text')
        .addColumn('first_approver_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('first_approved_at', 'bigint')
        .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('decided_at', 'bigint')
        .addColumn('reject_reason', 'text')
        .addColumn('entry_seq', 'bigint', (c) => c.unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('fund_disbursement_state').on('fund_disbursement').columns(['state', 'created_at']).execute();
      await db.schema.createIndex('fund_disbursement_case').on('fund_disbursement').columns(['case_id']).execute();
      await db.schema.createIndex('fund_disbursement_decided').on('fund_disbursement').columns(['decided_at']).execute();
      // One live disbursement per aid request, however many organisers ask at once.
      await sql`create unique index fund_disbursement_aid_request on fund_disbursement (aid_request_id)
        where state <> 'rejected'`.execute(db);
    },
  },
};
