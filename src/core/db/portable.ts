import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Dialect } from './database';

/** How many rows an update or delete touched (Kysely counts them in a bigint). */
export const rowsChanged = (result: { numUpdatedRows: bigint } | { numDeletedRows: bigint }): number =>
  Number('numUpdatedRows' in result ? result.numUpdatedRows : result.numDeletedRows);

/** Whether a conditional update or delete touched a row: it is how a claim, a move or a take knows it won. */
export const changedAny = (result: { numUpdatedRows: bigint } | { numDeletedRows: bigint }): boolean => rowsChanged(result) > 0;

/** Booleans are stored as 0/1 integers on both engines. */
export const toFlag = (b: boolean): number => (b ? 1 : 0);
export const fromFlag = (n: number | null | undefined): boolean => n === 1;

/** Names and columns of every table: the data-rule tests read them. */
export async function listColumns(db: Kysely<unknown>, dialect: Dialect): Promise<{ table: string; column: string }[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ table: string; column: string }>`
      select m.name as "table", p.name as "column"
      from sqlite_master m join pragma_table_info(m.name) p
      where m.type = 'table' and m.name not like 'sqlite_%'`.execute(db);
    return rows.rows;
  }
  const rows = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema()`.execute(db);
  return rows.rows;
}

/** Which engine a migration runs on, for the few statements that differ (triggers). */
export function dialectOf(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
