import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import pg from 'pg';
import { CurrentSchemaPostgresDialect } from './current-schema-introspector';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface SqliteOptions {
  /** A file path; the directory is created. */
  file: string;
}

export interface PostgresOptions {
  url: string;
  /** Put every table in this schema (tests use one schema per test file). */
  schema?: string;
  maxConnections?: number;
}

// Columns are snake_case in the database and camelCase in TypeScript.
const plugins = [new CamelCasePlugin()];

export function openSqlite<DB>({ file }: SqliteOptions): DatabaseHandle<DB> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL + synchronous=FULL: a commit is on disk (fsynced) before we acknowledge it (R-DUR-1).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const INT8_OID = 20;

export function openPostgres<DB>({ url, schema, maxConnections = 10 }: PostgresOptions): DatabaseHandle<DB> {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    options: schema ? `-c search_path=${schema}` : undefined,
    // Epoch milliseconds and counts are int8; they fit in a JS number, so read them as one.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<DB>({ dialect: new CurrentSchemaPostgresDialect({ pool }), plugins });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export function openDatabase<DB>(opts: { databaseUrl?: string; dataDir: string }): DatabaseHandle<DB> {
  return opts.databaseUrl ? openPostgres<DB>({ url: opts.databaseUrl }) : openSqlite<DB>({ file: path.join(opts.dataDir, 'whistle.db') });
}
