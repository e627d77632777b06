import type { Db } from '../../database';
import { OPEN_STATES } from './contract';
import type { ReportTable } from './schema';

/** Queries of the reports module; every function takes the database (or a transaction) first. */

export const insertReport = (db: Db, row: ReportTable) => db.insertInto('report').values(row).execute();

export const findReport = (db: Db, id: string) => db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst();

/** Reads the row for a change, so that two verifiers deciding at once see each other (PostgreSQL row lock). */
export const findReportForUpdate = (db: Db, id: string, lock: boolean) => {
  const q = db.selectFrom('report').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const updateReport = (db: Db, id: string, set: Partial<ReportTable>) =>
  db.updateTable('report').set(set).where('id', '=', id).execute();

export const listOpenReports = (db: Db, limit: number) =>
  db.selectFrom('report').selectAll().where('state', 'in', OPEN_STATES).orderBy('createdAt', 'desc').limit(limit).execute();

export const listConfirmedOpenIncidents = (db: Db, limit: number) =>
  db
    .selectFrom('report')
    .selectAll()
    .where('state', '=', 'confirmed')
    .where('closedAt', 'is', null)
    .orderBy('decidedAt', 'desc')
    .limit(limit)
    .execute();

/** States a report can be merged into, and suggested as a duplicate in: still open, or a live incident. */
export const MERGEABLE_STATES = ['new', 'verifying', 'confirmed'] as const;

/** Reports that may be the same sighting: in one of `zoneIds`, seen between `from` and `to`, not merged or closed. */
export function listDuplicateCandidates(db: Db, zoneIds: readonly string[], from: number, to: number) {
  if (!zoneIds.length) return Promise.resolve([]);
  return db
    .selectFrom('report')
    .selectAll()
    .where('zoneId', 'in', [...zoneIds])
    .where('seenAt', '>=', from)
    .where('seenAt', '<=', to)
    .where('state', 'in', MERGEABLE_STATES)
    .where('closedAt', 'is', null)
    .orderBy('seenAt')
    .limit(500)
    .execute();
}

/** Ids of the reports already merged into `id`. */
export async function idsMergedInto(db: Db, id: string): Promise<string[]> {
  const rows = await db.selectFrom('report').select('id').where('mergedInto', '=', id).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function incidentIdsClosedBefore(db: Db, cutoff: number): Promise<string[]> {
  const rows = await db.selectFrom('report').select('id').where('closedAt', '<', cutoff).execute();
  return rows.map((r) => r.id);
}

export async function existingReportIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('report')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Retention: a closed incident, a report decided as not confirmed (or merged), and a report nobody
 * verified all end at some time; delete those that ended before `cutoff` (callback numbers go with them).
 */
export async function deleteReportsEndedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('report')
    .where((eb) =>
      eb.or([
        eb('closedAt', '<', cutoff),
        eb.and([eb('state', 'in', ['false_alarm', 'unable_to_verify', 'merged']), eb('decidedAt', '<', cutoff)]),
        eb.and([eb('state', 'in', OPEN_STATES), eb('createdAt', '<', cutoff)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
