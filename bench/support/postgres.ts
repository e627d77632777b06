import pg from 'pg';

/** Where benchmarks look for PostgreSQL when DATABASE_URL is not set. */
export const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

/** Whether a PostgreSQL server answers there; benchmarks leave its row out when not. */
export async function reachablePostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
