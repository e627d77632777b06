import type { MigrationMap } from '../../core/db/migrator';

// Dated after the reports migration: its tables reference report.id, and migrations run in name order.

export const dispatchMigrations: MigrationMap = {
  '2026-12-01-dispatch-001-init': {
    async up(db) {
      await db.schema
        .createTable('responder_duty')
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id').onDelete('cascade'))
        .addColumn('since', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('responder_duty_pk', ['member_id', 'zone_id'])
        .execute();
      // Offers look responders up by zone.
      await db.schema.createIndex('responder_duty_zone').on('responder_duty').columns(['zone_id', 'member_id']).execute();

      await db.schema
        .createTable('dispatch_case')
        .addColumn('report_id', 'text', (c) => c.primaryKey().references('report.id').onDelete('cascade'))
        .addColumn('zone_id', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'bigint', (c) => c.notNull())
        .addColumn('widened_at', 'bigint')
        .addColumn('closed_at', 'bigint')
        .execute();
      await db.schema.createIndex('dispatch_case_closed').on('dispatch_case').columns(['closed_at']).execute();

      await db.schema
        .createTable('dispatch_offer')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('report_id', 'text', (c) => c.notNull().references('dispatch_case.report_id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('ring', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('offered_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('eta_minutes', 'integer')
        .addColumn('accepted_at', 'bigint')
        .addColumn('on_scene_at', 'bigint')
        .addColumn('ended_at', 'bigint')
        // One offer per responder per incident, whichever node or ring makes it first.
        .addUniqueConstraint('dispatch_offer_once', ['report_id', 'member_id'])
        .execute();
      await db.schema.createIndex('dispatch_offer_member').on('dispatch_offer').columns(['member_id', 'state']).execute();
      await db.schema.createIndex('dispatch_offer_expiry').on('dispatch_offer').columns(['state', 'expires_at']).execute();

      await db.schema
        .createTable('dispatch_checklist')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('offer_id', 'text', (c) => c.notNull().references('dispatch_offer.id').onDelete('cascade'))
        .addColumn('report_id', 'text', (c) => c.notNull().references('dispatch_case.report_id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('observed_at', 'bigint', (c) => c.notNull())
        .addColumn('what_seen', 'text', (c) => c.notNull())
        .addColumn('agency_markings', 'text', (c) => c.notNull())
        .addColumn('vehicle_markings', 'text', (c) => c.notNull())
        .addColumn('people_count', 'integer')
        .addColumn('notes', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dispatch_checklist_report').on('dispatch_checklist').columns(['report_id', 'observed_at']).execute();
    },
  },
};
