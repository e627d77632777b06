import { type Kysely, sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';
import { dialectOf } from '../../core/db/portable';

const IMMUTABLE = [
  'id',
  'incident_id',
  'media_type',
  'size',
  'sha256_original',
  'sha256_shared',
  'shareable',
  'created_at',
  'from_reporter',
];

/**
 * The custody log is append-only, enforced by the database: no entry is ever updated, and one is
 * deleted only when its item is already gone (the retention purge deletes the item, then its chain).
 * An item's identity and hashes never change, and a held item cannot be deleted.
 */
export async function createCustodyTriggers(db: Kysely<unknown>) {
  if (dialectOf(db) === 'postgres') {
    await sql`create or replace function custody_entry_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then raise exception 'custody_entry is append-only'; end if;
        if exists (select 1 from evidence where id = old.evidence_id) then
          raise exception 'custody entries are deleted only with their evidence';
        end if;
        return old;
      end $$`.execute(db);
    await sql`create trigger custody_entry_guard before update or delete on custody_entry
      for each row execute function custody_entry_guard()`.execute(db);
    const oldCols = sql.raw(IMMUTABLE.map((c) => `old.${c}`).join(', '));
    const newCols = sql.raw(IMMUTABLE.map((c) => `new.${c}`).join(', '));
    await sql`create or replace function evidence_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.held = 1 then raise exception 'held evidence cannot be deleted'; end if;
          return old;
        end if;
        if (${newCols}) is distinct from (${oldCols}) then
          raise exception 'evidence identity and hashes cannot change';
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger evidence_guard before update or delete on evidence
      for each row execute function evidence_guard()`.execute(db);
    return;
  }
  await sql`create trigger custody_entry_no_update before update on custody_entry
    begin select raise(abort, 'custody_entry is append-only'); end`.execute(db);
  await sql`create trigger custody_entry_no_delete before delete on custody_entry
    when exists (select 1 from evidence where id = old.evidence_id)
    begin select raise(abort, 'custody entries are deleted only with their evidence'); end`.execute(db);
  await sql`create trigger evidence_fixed before update of ${sql.raw(IMMUTABLE.join(', '))} on evidence
    begin select raise(abort, 'evidence identity and hashes cannot change'); end`.execute(db);
  await sql`create trigger evidence_held_kept before delete on evidence when old.held = 1
    begin select raise(abort, 'held evidence cannot be deleted'); end`.execute(db);
}

export const evidenceMigrations: MigrationMap = {
  '2026-12-01-evidence-001-init': {
    async up(db) {
      await db.schema
        .createTable('evidence')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('sha256_original', 'text', (c) => c.notNull())
        .addColumn('sha256_shared', 'text')
        .addColumn('shareable', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('from_reporter', 'integer', (c) => c.notNull())
        .addColumn('custody_head', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_incident').on('evidence').columns(['incident_id', 'created_at']).execute();
      await db.schema
        .createTable('custody_entry')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('evidence_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        // No foreign key: removing a member must not rewrite (and so break) the chain.
        .addColumn('member_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addUniqueConstraint('custody_entry_evidence_seq', ['evidence_id', 'seq'])
        .execute();
      await createCustodyTriggers(db);
    },
  },
};
