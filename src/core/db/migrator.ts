import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { dialectOf } from './portable';

/** Every module hands its migrations here; names start with a date so they sort in the order written. */
export type MigrationMap = Record<string, Migration>;

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: MigrationMap) {}
  async getMigrations() {
    return this.migrations;
  }
}

export function mergeMigrations(...maps: MigrationMap[]): MigrationMap {
  const all: MigrationMap = {};
  for (const map of maps) {
    for (const [name, migration] of Object.entries(map)) {
      if (all[name]) throw new Error(`Two migrations are named ${name}`);
      all[name] = migration;
    }
  }
  return all;
}

export async function migrateToLatest(db: Kysely<unknown>, migrations: MigrationMap): Promise<string[]> {
  // On PostgreSQL name the schema: otherwise Kysely finds another schema's migration tables and
  // skips creating its own (seen when test files migrate their own schemas side by side).
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrations), migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
