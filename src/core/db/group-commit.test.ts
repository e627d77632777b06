import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { createGroupCommit } from './group-commit';
import { createTestDatabase } from './test-database';

interface Tables {
  item: { id: number; label: string };
}

let handle: Awaited<ReturnType<typeof createTestDatabase<Tables>>>;
let db: Kysely<Tables>;
before(async () => {
  handle = await createTestDatabase<Tables>();
  db = handle.db;
  await db.schema
    .createTable('item')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .execute();
});
after(() => handle.close());

const insert = (id: number, label = `item ${id}`) => ({
  work: (tx: Kysely<Tables>) => tx.insertInto('item').values({ id, label }).execute(),
});

test('writes arriving together commit together, and each caller is answered after the commit', async () => {
  const gc = createGroupCommit(db, { maxBatch: 50 });
  const results = await Promise.all(
    Array.from({ length: 120 }, (_, i) =>
      gc.run(async (tx) => {
        await insert(i).work(tx);
        return i;
      }),
    ),
  );
  assert.deepEqual(
    results,
    Array.from({ length: 120 }, (_, i) => i),
  );
  const n = await db
    .selectFrom('item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(n.n), 120);
});

test('a failing write is rolled back alone: its caller gets the error and its neighbours commit', async () => {
  const gc = createGroupCommit(db);
  const outcomes = await Promise.allSettled([
    gc.run((tx) => insert(1000).work(tx)),
    gc.run(async (tx) => {
      await insert(1001).work(tx);
      throw new Error('refused after writing');
    }),
    gc.run((tx) => insert(1000, 'duplicate key').work(tx)),
    gc.run((tx) => insert(1002).work(tx)),
  ]);
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['fulfilled', 'rejected', 'rejected', 'fulfilled'],
  );
  const ids = (await db.selectFrom('item').select('id').where('id', '>=', 1000).orderBy('id').execute()).map((r) => Number(r.id));
  assert.deepEqual(ids, [1000, 1002]);
});

test('a write queued while a batch commits goes in the next batch', async () => {
  const gc = createGroupCommit(db, { maxBatch: 1 });
  const first = gc.run((tx) => insert(2000).work(tx));
  const second = gc.run((tx) => insert(2001).work(tx));
  await Promise.all([first, second]);
  const ids = (await db.selectFrom('item').select('id').where('id', '>=', 2000).orderBy('id').execute()).map((r) => Number(r.id));
  assert.deepEqual(ids, [2000, 2001]);
});
