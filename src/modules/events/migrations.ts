import type { MigrationMap } from '../../core/db/migrator';

// Dated after the campaign table (2026-12-05-pledges-001-campaign), which events refer to.

export const eventsMigrations: MigrationMap = {
  '2026-12-06-events-001-init': {
    async up(db) {
      await db.schema
        .createTable('event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('capacity', 'integer')
        .addColumn('campaign_id', 'text', (c) => c.references('campaign.id').onDelete('set null'))
        .addColumn('org_id', 'text', (c) => c.references('org.id').onDelete('set null'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('cancelled_at', 'bigint')
        .addColumn('reminder_hours', 'integer', (c) => c.notNull())
        .addColumn('remind_at', 'bigint')
        .addColumn('reminder_sent_at', 'bigint')
        .addColumn('check_in_code', 'text', (c) => c.notNull())
        .addColumn('rsvp_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('event_starts').on('event').columns(['starts_at']).execute();
      await db.schema.createIndex('event_org').on('event').columns(['org_id', 'starts_at']).execute();
      await db.schema.createIndex('event_campaign').on('event').columns(['campaign_id', 'starts_at']).execute();
      // The reminder timer looks for events whose reminder is due and not sent.
      await db.schema.createIndex('event_remind').on('event').columns(['reminder_sent_at', 'remind_at']).execute();

      await db.schema
        .createTable('event_rsvp')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('token_hash', 'text', (c) => c.unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('checked_in_at', 'bigint')
        // A member has one RSVP per event, renewed rather than repeated.
        .addUniqueConstraint('event_rsvp_member_once', ['event_id', 'member_id'])
        .execute();
      await db.schema.createIndex('event_rsvp_queue').on('event_rsvp').columns(['event_id', 'status', 'position']).execute();
    },
  },
};
