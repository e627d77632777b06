import path from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../src/core/config';

/**
 * `npm run backup -- FILE`: an online, consistent copy of the SQLite database while the server runs.
 * With PostgreSQL use pg_dump (see README).
 */
const config = loadConfig();
if (config.databaseUrl) {
  process.stderr.write('This network uses PostgreSQL: back it up with pg_dump --format=custom "$DATABASE_URL" > file.dump\n');
  process.exit(2);
}
const target = process.argv[2] ?? `whistle-backup-${new Date().toISOString().slice(0, 10)}.db`;
const source = new SQLite(path.join(config.dataDir, 'whistle.db'), { readonly: true, fileMustExist: true });
await source.backup(target);
source.close();
process.stdout.write(`Backed up to ${target}\n`);
