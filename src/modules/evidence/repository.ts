import type { Db } from '../../database';
import type { CustodyEntryTable, EvidenceTable } from './schema';

/** Queries of the evidence module; every function takes the database (or a transaction) first. */

/** Long id lists go to the database in slices, under every engine's limit on bound parameters. */
const SLICE = 500;
export function slices<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += SLICE) out.push(list.slice(i, i + SLICE));
  return out;
}

export const insertEvidence = (db: Db, row: EvidenceTable) => db.insertInto('evidence').values(row).execute();

/** One item; `lock` takes its row (PostgreSQL) so that custody entries are appended one at a time. */
export function findEvidence(db: Db, id: string, lock = false) {
  const q = db.selectFrom('evidence').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export function listIncidentEvidence(db: Db, incidentId: string, lock = false) {
  const q = db.selectFrom('evidence').selectAll().where('incidentId', '=', incidentId).orderBy('createdAt').orderBy('id');
  return (lock ? q.forUpdate() : q).execute();
}

export const listAllEvidence = (db: Db) => db.selectFrom('evidence').selectAll().orderBy('id').execute();

export const setHeld = (db: Db, id: string, held: number) => db.updateTable('evidence').set({ held }).where('id', '=', id).execute();

export const setCustodyHead = (db: Db, id: string, custodyHead: string) =>
  db.updateTable('evidence').set({ custodyHead }).where('id', '=', id).execute();

export const insertCustodyEntry = (db: Db, entry: CustodyEntryTable) => db.insertInto('custodyEntry').values(entry).execute();

export const findLastCustodyEntry = (db: Db, evidenceId: string) =>
  db
    .selectFrom('custodyEntry')
    .select(['seq', 'hash'])
    .where('evidenceId', '=', evidenceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

/** The chains of these items, each in order. */
export async function listCustodyEntries(db: Db, evidenceIds: readonly string[]): Promise<CustodyEntryTable[]> {
  const out: CustodyEntryTable[] = [];
  for (const ids of slices(evidenceIds)) {
    out.push(
      ...(await db.selectFrom('custodyEntry').selectAll().where('evidenceId', 'in', ids).orderBy('evidenceId').orderBy('seq').execute()),
    );
  }
  return out;
}

/** Custody entries whose item row is gone: only tampering leaves these (the purge deletes both). */
export async function orphanCustodyEvidenceIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('custodyEntry')
    .select('evidenceId')
    .distinct()
    .where((eb) => eb.not(eb.exists(eb.selectFrom('evidence').select('id').whereRef('evidence.id', '=', 'custodyEntry.evidenceId'))))
    .execute();
  return rows.map((r) => r.evidenceId);
}

export async function existingEvidenceIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const slice of slices(ids)) {
    for (const r of await db.selectFrom('evidence').select('id').where('id', 'in', slice).execute()) found.add(r.id);
  }
  return found;
}

/** Incidents that have evidence no caseworker holds: the only ones the purge needs to look at. */
export async function incidentsWithUnheldEvidence(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('evidence').select('incidentId').distinct().where('held', '=', 0).execute();
  return rows.map((r) => r.incidentId);
}

/** Deletes the unheld items of these incidents and then their chains; returns the ids deleted. */
export async function deleteUnheldEvidenceOf(db: Db, incidentIds: readonly string[]): Promise<string[]> {
  const deleted: string[] = [];
  for (const slice of slices(incidentIds)) {
    // The item first: the custody trigger lets an entry go only once its item is gone.
    const rows = await db.deleteFrom('evidence').where('incidentId', 'in', slice).where('held', '=', 0).returning('id').execute();
    const ids = rows.map((r) => r.id);
    for (const chunk of slices(ids)) await db.deleteFrom('custodyEntry').where('evidenceId', 'in', chunk).execute();
    deleted.push(...ids);
  }
  return deleted;
}
