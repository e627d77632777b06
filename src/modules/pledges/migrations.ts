import type { MigrationMap } from '../../core/db/migrator';

export const pledgesMigrations: MigrationMap = {
  '2026-12-05-pledges-001-campaign': {
    async up(db) {
      await db.schema
        .createTable('campaign')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('demands', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('asks', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
};
