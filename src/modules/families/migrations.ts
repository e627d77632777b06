import type { MigrationMap } from '../../core/db/migrator';

// Dated before aid (2026-12-09) and fund (2026-12-10), whose rows may point at a case.

export const familiesMigrations: MigrationMap = {
  '2026-12-08-families-001-init': {
    async up(db) {
      await db.schema
        .createTable('family_case')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('household', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('close_reason', 'text')
        .addColumn('opened_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // The purge looks for cases closed long enough ago.
      await db.schema.createIndex('family_case_closed').on('family_case').columns(['state', 'closed_at']).execute();

      await db.schema
        .createTable('family_need')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('family_case.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('family_need_case').on('family_need').columns(['case_id', 'created_at']).execute();

      await db.schema
        .createTable('family_note')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('family_case.id').onDelete('cascade'))
        .addColumn('author_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('family_note_case').on('family_note').columns(['case_id', 'created_at']).execute();

      await db.schema
        .createTable('family_assignment')
        .addColumn('case_id', 'text', (c) => c.notNull().references('family_case.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('assigned_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('assigned_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('family_assignment_pk', ['case_id', 'member_id'])
        .execute();
      await db.schema.createIndex('family_assignment_member').on('family_assignment').columns(['member_id']).execute();

      await db.schema
        .createTable('family_key_check')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sealed', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};
