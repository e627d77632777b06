import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openPostgres, openSqlite } from './database';

/**
 * A fresh, empty database for one test file: a new SQLite file, or — when DATABASE_URL is set —
 * a new PostgreSQL schema that is dropped again on close.
 */
export async function createTestDatabase<DB>(): Promise<DatabaseHandle<DB> & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-test-'));
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = openSqlite<DB>({ file: path.join(dataDir, 'whistle.db') });
    return {
      ...handle,
      dataDir,
      close: async () => {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await withAdminClient(url, (c) => c.query(`create schema ${schema}`));
  const handle = openPostgres<DB>({ url, schema, maxConnections: 5 });
  return {
    ...handle,
    dataDir,
    close: async () => {
      await handle.close();
      await withAdminClient(url, (c) => c.query(`drop schema ${schema} cascade`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` with a plain connection, for statements outside any test schema (create/drop). */
export async function withAdminClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
