import type { MigrationMap } from '../../../core/db/migrator';

// Dated after families (2026-12-08): a rider may belong to a family case.

export const ridesMigrations: MigrationMap = {
  '2026-12-09-rides-001-init': {
    async up(db) {
      await db.schema
        .createTable('ride_driver')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('live_member_id', 'text', (c) => c.unique())
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('weekdays', 'integer', (c) => c.notNull())
        .addColumn('depart_from', 'integer', (c) => c.notNull())
        .addColumn('depart_to', 'integer', (c) => c.notNull())
        .addColumn('start_zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('start_cell', 'text', (c) => c.notNull())
        .addColumn('end_zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('end_cell', 'text', (c) => c.notNull())
        .addColumn('vehicle_note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('ride_driver_member').on('ride_driver').columns(['member_id']).execute();
      await db.schema.createIndex('ride_driver_state').on('ride_driver').columns(['state', 'ended_at']).execute();

      await db.schema
        .createTable('ride_rider')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('pickup_address', 'text', (c) => c.notNull())
        .addColumn('pickup_zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('pickup_cell', 'text', (c) => c.notNull())
        .addColumn('destination_address', 'text', (c) => c.notNull())
        .addColumn('destination_zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('destination_cell', 'text', (c) => c.notNull())
        .addColumn('weekdays', 'integer', (c) => c.notNull())
        .addColumn('time_kind', 'text', (c) => c.notNull())
        .addColumn('time_minute', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.references('family_case.id').onDelete('set null'))
        .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('token_hash', 'text', (c) => c.unique())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('ride_rider_state').on('ride_rider').columns(['state', 'ended_at']).execute();
      await db.schema.createIndex('ride_rider_member').on('ride_rider').columns(['member_id']).execute();

      await db.schema
        .createTable('ride_week')
        .addColumn('week_start', 'text', (c) => c.primaryKey())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('draft_run_id', 'text')
        .addColumn('published_run_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('published_at', 'bigint')
        .addColumn('published_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ride_week_ends').on('ride_week').columns(['ends_at']).execute();

      await db.schema
        .createTable('ride_run')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('week_start', 'text', (c) => c.notNull().references('ride_week.week_start').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('figures', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ride_run_week').on('ride_run').columns(['week_start']).execute();

      await db.schema
        .createTable('ride_assignment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('run_id', 'text', (c) => c.notNull().references('ride_run.id').onDelete('cascade'))
        .addColumn('weekday', 'integer', (c) => c.notNull())
        .addColumn('rider_id', 'text', (c) => c.notNull().references('ride_rider.id').onDelete('cascade'))
        .addColumn('driver_id', 'text', (c) => c.references('ride_driver.id').onDelete('cascade'))
        .addColumn('detour_metres', 'integer')
        .addColumn('pickup_minute', 'integer')
        .addColumn('cancelled_at', 'bigint')
        .addColumn('cancel_reason', 'text')
        .addUniqueConstraint('ride_assignment_rider_day', ['run_id', 'rider_id', 'weekday'])
        .execute();
      await db.schema.createIndex('ride_assignment_driver').on('ride_assignment').columns(['driver_id']).execute();
      await db.schema.createIndex('ride_assignment_rider').on('ride_assignment').columns(['rider_id']).execute();

      await db.schema
        .createTable('ride_exclusion')
        .addColumn('week_start', 'text', (c) => c.notNull().references('ride_week.week_start').onDelete('cascade'))
        .addColumn('rider_id', 'text', (c) => c.notNull().references('ride_rider.id').onDelete('cascade'))
        .addColumn('driver_id', 'text', (c) => c.notNull().references('ride_driver.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addPrimaryKeyConstraint('ride_exclusion_pk', ['week_start', 'rider_id', 'driver_id'])
        .execute();
    },
  },
};
