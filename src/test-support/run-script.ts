import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import type { TestApp } from './test-app';

/**
 * Runs an ops script (`scripts/<name>.ts`) against a test app's own database, as an operator would
 * with `npm run …`: its SQLite file in DATA_DIR, or its PostgreSQL schema; the in-process bus.
 */
export async function runScriptOn(t: TestApp, script: string): Promise<{ code: number; stdout: string }> {
  const { DATABASE_URL: _url, NATS_URL: _nats, ...inherited } = process.env;
  const env: Record<string, string | undefined> = { ...inherited, DATA_DIR: t.config.dataDir, LOG_LEVEL: 'silent' };
  if (process.env.DATABASE_URL) {
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.db)).rows[0].s;
    const url = new URL(process.env.DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
  }
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { env });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}
