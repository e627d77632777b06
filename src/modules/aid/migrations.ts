import { sql } from 'kysely';
import type { MigrationMap } from '../../core/db/migrator';

// Dated after families (2026-12-08): a request may point at a family case.

export const aidMigrations: MigrationMap = {
  '2026-12-09-aid-001-init': {
    async up(db) {
      await db.schema
        .createTable('aid_request')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('zone_id', 'text', (c) => c.notNull().references('zone.id'))
        .addColumn('cell', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('address', 'text')
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('household_name', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('private_notes', 'text', (c) => c.notNull())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('translation_language', 'text')
        .addColumn('amount_cents', 'integer')
        .addColumn('needed_from', 'bigint')
        .addColumn('needed_by', 'bigint')
        .addColumn('filed_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('on_behalf', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.references('family_case.id').onDelete('set null'))
        .addColumn('receipt_token_hash', 'text', (c) => c.unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('done_at', 'bigint')
        .addColumn('paid_at', 'bigint')
        .addColumn('cancelled_at', 'bigint')
        .addColumn('confirmed_at', 'bigint')
        .addColumn('confirmed_by', 'text')
        .addColumn('closed_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('aid_request_state').on('aid_request').columns(['state', 'kind']).execute();
      await db.schema.createIndex('aid_request_filed_by').on('aid_request').columns(['filed_by', 'created_at']).execute();
      await db.schema.createIndex('aid_request_case').on('aid_request').columns(['case_id']).execute();
      await db.schema.createIndex('aid_request_closed').on('aid_request').columns(['closed_at']).execute();

      await db.schema
        .createTable('aid_claim')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull().references('aid_request.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('lease_expires_at', 'bigint')
        .addColumn('confirmed_at', 'bigint')
        .addColumn('ended_at', 'bigint')
        .execute();
      // Two volunteers can never hold the same task: the database refuses a second active claim.
      // Literal SQL: a partial index's predicate cannot take bound parameters.
      await sql`create unique index aid_claim_one_active on aid_claim (request_id) where state in ('claimed', 'in_progress')`.execute(db);
      await db.schema.createIndex('aid_claim_member').on('aid_claim').columns(['member_id', 'state']).execute();
      await db.schema.createIndex('aid_claim_lease').on('aid_claim').columns(['state', 'lease_expires_at']).execute();

      await db.schema
        .createTable('aid_volunteer')
        .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id').onDelete('cascade'))
        .addColumn('zone_ids', 'text', (c) => c.notNull())
        .addColumn('skills', 'text', (c) => c.notNull())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('vehicle', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('aid_offer')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('zone_ids', 'text', (c) => c.notNull())
        .addColumn('availability', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('until', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('withdrawn_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('aid_offer_member').on('aid_offer').columns(['member_id']).execute();
      await db.schema.createIndex('aid_offer_until').on('aid_offer').columns(['until']).execute();
    },
  },
};
