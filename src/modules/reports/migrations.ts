import type { MigrationMap } from '../../core/db/migrator';

export const reportsMigrations: MigrationMap = {
  '2026-11-30-reports-001-init': {
    async up(db) {
      await db.schema
        .createTable('report')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id'))
        .addColumn('cell', 'text')
        .addColumn('exact_lat', 'double precision')
        .addColumn('exact_lng', 'double precision')
        .addColumn('people', 'integer', (c) => c.notNull())
        .addColumn('vehicles', 'integer', (c) => c.notNull())
        .addColumn('activity', 'text', (c) => c.notNull())
        .addColumn('activity_note', 'text', (c) => c.notNull())
        .addColumn('markings', 'text', (c) => c.notNull())
        .addColumn('equipment', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('callback_phone', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('verifying_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('verifying_since', 'bigint')
        .addColumn('decided_at', 'bigint')
        .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('verification_method', 'text')
        .addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('merged_into', 'text', (c) => c.references('report.id').onDelete('set null'))
        .addColumn('closed_at', 'bigint')
        .addColumn('upload_token_hash', 'text')
        .addColumn('upload_token_expires_at', 'bigint')
        .execute();
      // The live queue and duplicate search read open reports by time; retention reads by end time.
      await db.schema.createIndex('report_state_created').on('report').columns(['state', 'created_at']).execute();
      await db.schema.createIndex('report_zone_seen').on('report').columns(['zone_id', 'seen_at']).execute();
    },
  },
};
