import { sql } from 'kysely';
import type { MigrationMap } from '../../../core/db/migrator';

// Dated after events, trainings (2026-12-11) and patrols (2026-12-12).
export const peacekeepingMigrations: MigrationMap = {
  '2026-12-13-peacekeeping-001-init': {
    async up(db) {
      await db.schema
        .createTable('marshal_plan')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().unique().references('event.id').onDelete('cascade'))
        .addColumn('expected_crowd', 'integer', (c) => c.notNull())
        .addColumn('ratio', 'integer', (c) => c.notNull())
        .addColumn('contact_lines', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('marshal_post')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('marshal_plan.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('instructions', 'text', (c) => c.notNull())
        .addColumn('needed', 'integer', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('radio_channel', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('marshal_post_plan').on('marshal_post').columns(['plan_id', 'position']).execute();

      await db.schema
        .createTable('marshal_assignment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('marshal_plan.id').onDelete('cascade'))
        .addColumn('post_id', 'text', (c) => c.notNull().references('marshal_post.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('lead', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('phone', 'text')
        .addColumn('assigned_at', 'bigint', (c) => c.notNull())
        .addColumn('assigned_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('checked_in_at', 'bigint')
        .addColumn('checked_out_at', 'bigint')
        .execute();
      // One post per person per event, whatever the application does: the database refuses a second.
      await db.schema
        .createIndex('marshal_assignment_one_post')
        .on('marshal_assignment')
        .columns(['plan_id', 'member_id'])
        .unique()
        .execute();
      // At most one lead per post. Literal SQL: a partial index's predicate cannot take bound parameters.
      await sql`create unique index marshal_assignment_one_lead on marshal_assignment (post_id) where lead = 1`.execute(db);
      await db.schema.createIndex('marshal_assignment_post').on('marshal_assignment').columns(['post_id']).execute();
      await db.schema.createIndex('marshal_assignment_member').on('marshal_assignment').columns(['member_id']).execute();
    },
  },
};
