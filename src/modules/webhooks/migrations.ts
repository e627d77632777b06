import type { MigrationMap } from '../../core/db/migrator';

export const webhooksMigrations: MigrationMap = {
  '2026-12-07-webhooks-001-init': {
    async up(db) {
      await db.schema
        .createTable('webhook_endpoint')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('event_types', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('previous_secret', 'text')
        .addColumn('previous_secret_until', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('webhook_delivery')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoint.id').onDelete('cascade'))
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint')
        .addColumn('claim_token', 'text')
        .addColumn('claimed_until', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('delivered_at', 'bigint')
        .addColumn('last_status_code', 'integer')
        .addColumn('last_error_class', 'text')
        // Every node hears every event: whichever inserts first owns the delivery.
        .addUniqueConstraint('webhook_delivery_once', ['endpoint_id', 'event_id'])
        .execute();
      await db.schema.createIndex('webhook_delivery_due').on('webhook_delivery').columns(['state', 'next_attempt_at']).execute();
      await db.schema.createIndex('webhook_delivery_recent').on('webhook_delivery').columns(['endpoint_id', 'id']).execute();
      await db.schema.createIndex('webhook_delivery_created').on('webhook_delivery').columns(['created_at']).execute();

      await db.schema
        .createTable('webhook_attempt')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_delivery.id').onDelete('cascade'))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error_class', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('response_snippet', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhook_attempt_delivery').on('webhook_attempt').columns(['delivery_id', 'at']).execute();
    },
  },
};
