import type { MigrationMap } from '../../core/db/migrator';

export const zonesMigrations: MigrationMap = {
  '2026-11-23-zones-001-init': {
    async up(db) {
      await db.schema
        .createTable('zone')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('geometry', 'text', (c) => c.notNull())
        .addColumn('min_lat', 'double precision', (c) => c.notNull())
        .addColumn('min_lng', 'double precision', (c) => c.notNull())
        .addColumn('max_lat', 'double precision', (c) => c.notNull())
        .addColumn('max_lng', 'double precision', (c) => c.notNull())
        .addColumn('label_lat', 'double precision', (c) => c.notNull())
        .addColumn('label_lng', 'double precision', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('zone_neighbour')
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id').onDelete('cascade'))
        .addColumn('neighbour_id', 'text', (c) => c.notNull().references('zone.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('zone_neighbour_pk', ['zone_id', 'neighbour_id'])
        .execute();
      await db.schema
        .createTable('zone_watch')
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('zone_watch_pk', ['member_id', 'zone_id'])
        .execute();
      // Alerts look up who watches a zone; the primary key serves the other direction.
      await db.schema.createIndex('zone_watch_zone').on('zone_watch').columns(['zone_id']).execute();
      await db.schema.createIndex('zone_neighbour_neighbour').on('zone_neighbour').columns(['neighbour_id']).execute();
    },
  },
};
