import type { MigrationMap } from '../../core/db/migrator';

export const pledgesMigrations: MigrationMap = {
  '2026-12-05-pledges-001-campaign': {
    async up(db) {
      await db.schema
        .createTable('campaign')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('demands', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('asks', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  '2026-12-05-pledges-002-pledges': {
    async up(db) {
      // SQLite adds one column per statement.
      await db.schema
        .alterTable('campaign')
        .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .alterTable('campaign')
        .addColumn('threshold_options', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('campaign')
        .addColumn('updated_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('campaign').addColumn('opened_at', 'bigint').execute();
      await db.schema.alterTable('campaign').addColumn('closed_at', 'bigint').execute();
      await db.schema.createIndex('campaign_state').on('campaign').columns(['state', 'starts_at']).execute();

      await db.schema
        .createTable('pledge')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('threshold_option_id', 'text')
        .addColumn('scope_key', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('contact_consent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('workplace', 'text')
        .addColumn('workplace_key', 'text')
        .addColumn('union_local', 'text')
        .addColumn('union_local_key', 'text')
        .addColumn('school', 'text')
        .addColumn('zone_id', 'text', (c) => c.references('zone.id').onDelete('set null'))
        .addColumn('asks', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('triggered_at', 'bigint')
        .addColumn('reconfirmed_at', 'bigint')
        .addColumn('withdrawn_at', 'bigint')
        .execute();
      await db.schema.createIndex('pledge_campaign').on('pledge').columns(['campaign_id', 'created_at']).execute();
      // A trigger moves the conditional signers of one group.
      await db.schema
        .createIndex('pledge_group')
        .on('pledge')
        .columns(['campaign_id', 'threshold_option_id', 'scope_key', 'state'])
        .execute();
      await db.schema.createIndex('pledge_member').on('pledge').columns(['member_id', 'campaign_id']).execute();

      await db.schema
        .createTable('pledge_count')
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('count', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('pledge_count_pk', ['campaign_id', 'key'])
        .execute();

      await db.schema
        .createTable('pledge_trigger')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
        .addColumn('option_id', 'text', (c) => c.notNull())
        .addColumn('scope_key', 'text', (c) => c.notNull())
        .addColumn('count', 'bigint', (c) => c.notNull())
        .addColumn('fired_at', 'bigint', (c) => c.notNull())
        // Exactly once per group, whichever transaction (or node) gets there first.
        .addUniqueConstraint('pledge_trigger_once', ['campaign_id', 'option_id', 'scope_key'])
        .execute();
    },
  },
};
