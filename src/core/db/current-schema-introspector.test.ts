import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import { migrateToLatest } from './migrator';
import { createTestDatabase, withAdminClient } from './test-database';

const url = process.env.DATABASE_URL;
const skip = url ? false : 'PostgreSQL only: set DATABASE_URL';

const tableMigration = {
  '0001': {
    up: (db: Kysely<unknown>) =>
      db.schema
        .createTable('thing')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .execute(),
  },
};

/** Other processes' schemas appearing and disappearing, as test files do side by side. */
async function churnSchemas(pgUrl: string, rounds: number) {
  await withAdminClient(pgUrl, async (c) => {
    for (let i = 0; i < rounds; i++) {
      const name = `churn_${process.pid}_${i}`;
      await c.query(`create schema ${name}; create table ${name}.t (a int, b int, c int)`);
      await c.query(`drop schema ${name} cascade`);
    }
  });
}

test('migrating reads only its own schema, so others dropped meanwhile do not break it', { skip }, async () => {
  const handle = await createTestDatabase();
  try {
    assert.deepEqual(await migrateToLatest(handle.db, tableMigration), ['0001']);
    const churn = churnSchemas(url as string, 300);
    let reads = 0;
    let settled = false;
    churn.finally(() => {
      settled = true;
    });
    while (!settled) {
      const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
      assert.deepEqual(tables.map((t) => t.name).sort(), ['kysely_migration', 'kysely_migration_lock', 'thing']);
      reads++;
    }
    await churn;
    assert.ok(reads > 10, `only ${reads} reads overlapped the churn`);
    const [thing] = await handle.db.introspection.getTables();
    assert.deepEqual(
      thing?.columns.map((c) => [c.name, c.dataType, c.isNullable]),
      [['id', 'int4', false]],
    );
  } finally {
    await handle.close();
  }
});
