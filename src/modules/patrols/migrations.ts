import { sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';

// Dated after trainings (2026-12-11): shifts require qualifications.

export const patrolsMigrations: MigrationMap = {
  '2026-12-12-patrols-001-sites-shifts': {
    async up(db) {
      await db.schema
        .createTable('patrol_site')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id'))
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('archived_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('patrol_series')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site_id', 'text', (c) => c.notNull().references('patrol_site.id').onDelete('cascade'))
        .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('weekdays', 'text', (c) => c.notNull())
        .addColumn('start_time', 'text', (c) => c.notNull())
        .addColumn('end_time', 'text', (c) => c.notNull())
        .addColumn('min_people', 'integer', (c) => c.notNull())
        .addColumn('max_people', 'integer', (c) => c.notNull())
        .addColumn('required_qualification', 'text')
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text')
        .addColumn('materialised_through', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addCheckConstraint('patrol_series_people', sql`min_people >= 1 and max_people >= min_people`)
        .execute();
      await db.schema.createIndex('patrol_series_site').on('patrol_series').columns(['site_id']).execute();
      // The daily tick looks for series whose shifts do not yet reach the horizon.
      await db.schema.createIndex('patrol_series_horizon').on('patrol_series').columns(['materialised_through']).execute();

      await db.schema
        .createTable('patrol_shift')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('series_id', 'text', (c) => c.notNull().references('patrol_series.id').onDelete('cascade'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('patrol_site.id').onDelete('cascade'))
        .addColumn('local_date', 'text', (c) => c.notNull())
        .addColumn('start_time', 'text', (c) => c.notNull())
        .addColumn('end_time', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('min_people', 'integer', (c) => c.notNull())
        .addColumn('max_people', 'integer', (c) => c.notNull())
        .addColumn('required_qualification', 'text')
        .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('cancelled_at', 'bigint')
        .addColumn('remind_at', 'bigint', (c) => c.notNull())
        .addColumn('reminder_sent_at', 'bigint')
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        // A series has one shift a day: materialising the same days twice (two nodes) adds nothing.
        .addUniqueConstraint('patrol_shift_series_day', ['series_id', 'local_date'])
        // The last word on overbooking: no update, however it races, takes more places than there are.
        .addCheckConstraint('patrol_shift_taken', sql`taken >= 0 and taken <= max_people`)
        .execute();
      await db.schema.createIndex('patrol_shift_starts').on('patrol_shift').columns(['starts_at']).execute();
      await db.schema.createIndex('patrol_shift_site').on('patrol_shift').columns(['site_id', 'starts_at']).execute();
      await db.schema.createIndex('patrol_shift_remind').on('patrol_shift').columns(['reminder_sent_at', 'remind_at']).execute();

      await db.schema
        .createTable('patrol_signup')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('shift_id', 'text', (c) => c.notNull().references('patrol_shift.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('offered_at', 'bigint')
        .addColumn('checked_in_at', 'bigint')
        .addColumn('checked_out_at', 'bigint')
        .addColumn('cancelled_at', 'bigint')
        .addColumn('late_cancel', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('swapped_to', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      // One live place per member and shift, whatever races. Literal SQL: a partial index's predicate takes no parameters.
      await sql`create unique index patrol_signup_one_booked on patrol_signup (shift_id, member_id) where status = 'booked'`.execute(db);
      await db.schema.createIndex('patrol_signup_member').on('patrol_signup').columns(['member_id', 'status']).execute();
      await db.schema.createIndex('patrol_signup_shift').on('patrol_signup').columns(['shift_id', 'status']).execute();

      await db.schema
        .createTable('patrol_feed')
        .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};
