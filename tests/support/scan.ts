import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../src/core/db/database';
import { listColumns } from '../../src/core/db/portable';

/** Where a needle was found, for a failure message a person can act on. */
export interface Finding {
  needle: string;
  where: string;
  excerpt: string;
}

function excerptAround(text: string, index: number, needle: string) {
  return JSON.stringify(text.slice(Math.max(0, index - 40), index + needle.length + 40));
}

export function findIn(text: string, needles: readonly string[], where: string): Finding[] {
  const found: Finding[] = [];
  for (const needle of needles) {
    const index = text.indexOf(needle);
    if (index >= 0) found.push({ needle, where, excerpt: excerptAround(text, index, needle) });
  }
  return found;
}

/**
 * Keys, hashes and receipts are random bytes, and a few megabytes of them hold any 3-byte string
 * now and then (a WAL file once held "::1" between two hash bytes). Raw bytes are therefore
 * searched only for needles long enough not to occur by chance (5 bytes: about one chance in 10^6
 * per megabyte); short needles are still searched in text, where an address would be written.
 */
const MIN_BINARY_NEEDLE = 5;
const longEnoughForBytes = (needles: readonly string[]) => needles.filter((n) => n.length >= MIN_BINARY_NEEDLE);

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : Buffer.isBuffer(value) ? value.toString('latin1') : String(value);

/**
 * Every column of every table (sqlite_master + pragma_table_info, or information_schema.columns),
 * each value read as text and searched for the needles.
 */
export async function scanTables(db: Kysely<unknown>, dialect: Dialect, needles: readonly string[]) {
  const columns = await listColumns(db, dialect);
  const tables = [...new Set(columns.map((c) => c.table))];
  const findings: Finding[] = [];
  let values = 0;
  for (const table of tables) {
    const names = columns.filter((c) => c.table === table).map((c) => c.column);
    const selected = sql.join(names.map((n) => sql`cast(${sql.ref(n)} as text) as ${sql.ref(n)}`));
    const { rows } = await sql<Record<string, unknown>>`select ${selected} from ${sql.table(table)}`.execute(db);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        values++;
        const searched = Buffer.isBuffer(value) ? longEnoughForBytes(needles) : needles;
        findings.push(...findIn(asText(value), searched, `${table}.${column}`));
      }
    }
  }
  return { tables: tables.length, columns: columns.length, values, findings };
}

/** The raw bytes of every file under `dir` (the SQLite database, its -wal and -shm), searched for the needles of 5 bytes or more. */
export function scanFiles(dir: string, needles: readonly string[]) {
  const files: string[] = [];
  const findings: Finding[] = [];
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        files.push(full);
        findings.push(...findIn(fs.readFileSync(full).toString('latin1'), longEnoughForBytes(needles), full));
      }
    }
  };
  visit(dir);
  return { files, findings };
}

export const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.needle} in ${f.where}: ${f.excerpt}`).join('\n');
