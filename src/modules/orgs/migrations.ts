import type { MigrationMap } from '../../core/db/migrator';

export const orgsMigrations: MigrationMap = {
  '2026-11-23-orgs-001-init': {
    async up(db) {
      await db.schema
        .createTable('org')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('verified_at', 'bigint')
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  // After the pledges module's campaign table (2026-12-05-pledges-001-campaign).
  '2026-12-06-orgs-002-campaign-endorsement': {
    async up(db) {
      await db.schema
        .createTable('campaign_endorsement')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id').onDelete('cascade'))
        .addColumn('org_id', 'text', (c) => c.references('org.id').onDelete('cascade'))
        .addColumn('new_org_name', 'text')
        .addColumn('new_org_kind', 'text')
        .addColumn('new_org_description', 'text')
        .addColumn('contact', 'text')
        .addColumn('by_member', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('decided_at', 'bigint')
        .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        // One sign-on per organisation and campaign (rows still naming a new organisation have no org_id).
        .addUniqueConstraint('campaign_endorsement_campaign_org', ['campaign_id', 'org_id'])
        .execute();
      await db.schema.createIndex('campaign_endorsement_state').on('campaign_endorsement').columns(['state', 'campaign_id']).execute();
      await db.schema.createIndex('campaign_endorsement_org').on('campaign_endorsement').columns(['org_id']).execute();
    },
  },
  '2026-12-06-orgs-003-member-link': {
    async up(db) {
      await db.schema
        .createTable('org_member_link')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('org.id').onDelete('cascade'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
        .addColumn('linked_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('org_member_link_org_member', ['org_id', 'member_id'])
        .execute();
      await db.schema.createIndex('org_member_link_member').on('org_member_link').columns(['member_id']).execute();
    },
  },
};
