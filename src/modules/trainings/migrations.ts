import type { MigrationMap } from '../../core/db/migrator';

// Dated after fund (2026-12-10); patrols (2026-12-12) and peacekeeping (2026-12-13) require qualifications.

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
};
