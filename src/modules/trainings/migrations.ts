import { sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';

// Dated after fund (2026-12-10); patrols (2026-12-12) and peacekeeping (2026-12-13) require qualifications.
// Reminders came after assemblies (2026-12-15), so their migration is dated after it.

export const trainingsMigrations: MigrationMap = {
  '2026-12-11-trainings-001-qualifications': {
    async up(db) {
      await db.schema
        .createTable('qualification')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('earned_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('session_id', 'text')
        .addColumn('recorded_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('revoked_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      // "Does this member hold a valid X?" is asked on every sign-up.
      await db.schema.createIndex('qualification_member').on('qualification').columns(['member_id', 'kind', 'expires_at']).execute();
    },
  },
  '2026-12-11-trainings-002-courses-sessions': {
    async up(db) {
      await db.schema
        .createTable('training_course')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('qualification', 'text', (c) => c.notNull())
        .addColumn('validity_months', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('training_material')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('course_id', 'text', (c) => c.notNull().references('training_course.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('draft', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('training_material_one_per_language', ['course_id', 'language'])
        .execute();

      await db.schema
        .createTable('training_session')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('course_id', 'text', (c) => c.notNull().references('training_course.id').onDelete('cascade'))
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('cancelled_at', 'bigint')
        .addColumn('attendance_secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        // The last word on overbooking: no update can take more places than there are.
        .addCheckConstraint('training_session_places', sql`taken >= 0 and taken <= capacity`)
        .execute();
      await db.schema.createIndex('training_session_starts').on('training_session').columns(['starts_at']).execute();
      await db.schema.createIndex('training_session_ends').on('training_session').columns(['ends_at']).execute();
      await db.schema.createIndex('training_session_course').on('training_session').columns(['course_id', 'starts_at']).execute();

      await db.schema
        .createTable('training_trainer')
        .addColumn('session_id', 'text', (c) => c.notNull().references('training_session.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('training_trainer_pk', ['session_id', 'member_id'])
        .execute();
      await db.schema.createIndex('training_trainer_member').on('training_trainer').columns(['member_id']).execute();

      await db.schema
        .createTable('training_rsvp')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('training_session.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('training_rsvp_member_once', ['session_id', 'member_id'])
        .execute();
      await db.schema.createIndex('training_rsvp_member').on('training_rsvp').columns(['member_id']).execute();

      await db.schema
        .createTable('training_attendance')
        .addColumn('session_id', 'text', (c) => c.notNull().references('training_session.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('attended_at', 'bigint', (c) => c.notNull())
        // Attendance is recorded once per member and session, however often the code is scanned.
        .addPrimaryKeyConstraint('training_attendance_pk', ['session_id', 'member_id'])
        .execute();
      await db.schema.createIndex('training_attendance_member').on('training_attendance').columns(['member_id']).execute();
      // The retention purge looks for qualifications that lapsed or were revoked long ago.
      await db.schema.createIndex('qualification_expiry').on('qualification').columns(['expires_at']).execute();
    },
  },
  '2026-12-16-trainings-003-session-reminders': {
    async up(db) {
      await db.schema.alterTable('training_session').addColumn('reminder_sent_at', 'bigint').execute();
    },
  },
};
