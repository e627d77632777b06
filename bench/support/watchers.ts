import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from '../../src/context';
import { FixedClock } from '../../src/core/clock';
import { loadConfig } from '../../src/core/config';
import { openPostgres, openSqlite } from '../../src/core/db/database';
import { withAdminClient } from '../../src/core/db/test-database';
import type { Database } from '../../src/database';
import { seedDemoZones } from '../../src/modules/zones/demo';
import { createContext } from '../../src/server';

/** Benchmark data: many members watching zones, written in bulk (the API would take minutes). */

/** A migrated database of its own (a temporary SQLite file, or a fresh PostgreSQL schema) with the demo zones. */
export async function benchContext(pgUrl?: string): Promise<{ ctx: AppContext; close: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-bench-'));
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  if (pgUrl) await withAdminClient(pgUrl, (c) => c.query(`create schema ${schema}`));
  const handle = pgUrl ? openPostgres<Database>({ url: pgUrl, schema }) : openSqlite<Database>({ file: path.join(dataDir, 'whistle.db') });
  const config = loadConfig({ WHISTLE_DEMO: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  const { ctx, close } = await createContext({ config, clock: new FixedClock(), handle });
  await seedDemoZones(ctx);
  return {
    ctx,
    close: async () => {
      await close();
      if (pgUrl) await withAdminClient(pgUrl, (c) => c.query(`drop schema ${schema} cascade`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The same pseudo-random sequence every run, so runs compare. */
export function seededRandom(seed = 42) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * `count` members; `zonesOf(i)` says which zones member i watches. Returns their ids in order.
 * Written straight to the tables in one transaction per table.
 */
export async function seedWatchers(ctx: AppContext, count: number, zonesOf: (i: number) => string[]): Promise<string[]> {
  const now = ctx.clock.now();
  const ids = Array.from({ length: count }, () => ctx.ids.next());
  const members = ids.map((id, i) => ({
    id,
    displayName: `Bench member ${i}`,
    languages: '["en"]',
    createdAt: now,
    trustedAt: now,
    disabledAt: null,
    demo: 0,
  }));
  const watches = ids.flatMap((memberId, i) => zonesOf(i).map((zoneId) => ({ memberId, zoneId, createdAt: now })));
  await ctx.db.transaction().execute(async (tx) => {
    await insertChunked(members, (chunk) => tx.insertInto('member').values(chunk).execute());
    await insertChunked(
      ids.map((memberId) => ({ memberId, role: 'member' })),
      (chunk) => tx.insertInto('memberRole').values(chunk).execute(),
    );
    await insertChunked(watches, (chunk) => tx.insertInto('zoneWatch').values(chunk).execute());
  });
  return ids;
}
