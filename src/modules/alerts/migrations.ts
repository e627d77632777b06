import type { MigrationMap } from '../../core/db/migrator';

export const alertsMigrations: MigrationMap = {
  '2026-12-01-alerts-001-init': {
    async up(db) {
      await db.schema
        .createTable('alert')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // Purging a report (long after its alerts ended) takes its alerts with it.
        .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id'))
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('messages', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('radius_km', 'double precision')
        .addColumn('audience', 'integer', (c) => c.notNull())
        .addColumn('seen_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('first_verifier_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('second_verifier_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('sent_at', 'bigint')
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .execute();
      await db.schema.createIndex('alert_state_expires').on('alert').columns(['state', 'expires_at']).execute();
      await db.schema.createIndex('alert_report').on('alert').columns(['report_id']).execute();
      await db.schema
        .createTable('alert_target')
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alert.id').onDelete('cascade'))
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id').onDelete('cascade'))
        .addColumn('added_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_target_pk', ['alert_id', 'zone_id'])
        .execute();
      // "Alerts for my zones" starts from the zone.
      await db.schema.createIndex('alert_target_zone').on('alert_target').columns(['zone_id', 'alert_id']).execute();
      await db.schema
        .createTable('alert_update')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alert.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('messages', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .execute();
      await db.schema.createIndex('alert_update_alert').on('alert_update').columns(['alert_id', 'id']).execute();
    },
  },
};
