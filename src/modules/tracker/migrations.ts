import type { MigrationMap } from '../../core/db/migrator';

export const trackerMigrations: MigrationMap = {
  '2026-12-07-tracker-001-actions': {
    async up(db) {
      await db.schema
        .createTable('action')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('employer', 'text', (c) => c.notNull())
        .addColumn('organisations', 'text', (c) => c.notNull())
        .addColumn('local', 'text')
        .addColumn('industry', 'text')
        .addColumn('bargaining_unit_size', 'integer')
        .addColumn('location_count', 'integer')
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text')
        .addColumn('duration_amount', 'double precision')
        .addColumn('duration_unit', 'text')
        .addColumn('authorized', 'integer')
        .addColumn('demands', 'text', (c) => c.notNull())
        .addColumn('participants', 'integer')
        .addColumn('notes', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('verified_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      // The table pages newest first; the date filter reads the same index.
      await db.schema.createIndex('action_start_date_idx').on('action').columns(['start_date', 'id']).execute();
      await db.schema.createIndex('action_kind_idx').on('action').columns(['kind', 'start_date']).execute();

      await db.schema
        .createTable('action_location')
        .addColumn('action_id', 'text', (c) => c.notNull().references('action.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('city', 'text')
        .addColumn('state', 'text')
        .addColumn('zip', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('city_key', 'text')
        .addColumn('state_key', 'text')
        .addPrimaryKeyConstraint('action_location_pk', ['action_id', 'position'])
        .execute();
      // The place filter: by city (and state), or by state alone.
      await db.schema
        .createIndex('action_location_city_idx')
        .on('action_location')
        .columns(['city_key', 'state_key', 'action_id'])
        .execute();
      await db.schema.createIndex('action_location_state_idx').on('action_location').columns(['state_key', 'action_id']).execute();
      await db.schema.createIndex('action_location_point_idx').on('action_location').columns(['lat', 'lng']).execute();

      await db.schema
        .createTable('action_source')
        .addColumn('action_id', 'text', (c) => c.notNull().references('action.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('action_source_pk', ['action_id', 'position'])
        .execute();

      await db.schema
        .createTable('action_import')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('total_rows', 'integer', (c) => c.notNull())
        .addColumn('good_rows', 'integer', (c) => c.notNull())
        .addColumn('rows_done', 'integer', (c) => c.notNull())
        .addColumn('created', 'integer', (c) => c.notNull())
        .addColumn('updated', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('errors', 'text', (c) => c.notNull())
        .addColumn('error_count', 'integer', (c) => c.notNull())
        .addColumn('bad_rows', 'integer', (c) => c.notNull())
        .addColumn('failure', 'text')
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint')
        .execute();
      await db.schema.createIndex('action_import_created_idx').on('action_import').column('created_at').execute();
    },
  },
};
