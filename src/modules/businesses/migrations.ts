import type { MigrationMap } from '../../core/db/migrator';

export const businessesMigrations: MigrationMap = {
  '2026-12-06-businesses-001-init': {
    async up(db) {
      await db.schema
        .createTable('business')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('lat', 'double precision', (c) => c.notNull())
        .addColumn('lng', 'double precision', (c) => c.notNull())
        .addColumn('zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('campaign_id', 'text', (c) => c.references('campaign.id').onDelete('set null'))
        .addColumn('closing', 'integer', (c) => c.notNull())
        .addColumn('sanctuary', 'integer', (c) => c.notNull())
        .addColumn('offers', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('hours', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('public_consent', 'integer', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('verified_at', 'bigint')
        .addColumn('verified_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('business_public').on('business').columns(['verified_at', 'public_consent']).execute();
    },
  },
};
