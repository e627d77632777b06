import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { existingIncidentIds, incidentIdsClosedBefore } from '../reports';
import { deleteUnheldEvidenceOf, existingEvidenceIds, incidentsWithUnheldEvidence, slices } from './repository';
import { removeEvidenceFiles, sweepOrphanFiles } from './storage';

/**
 * Evidence is kept while its incident is open or a caseworker holds it. Deletes the items (rows,
 * custody chains, files) of incidents closed before `cutoff` and of incidents that no longer exist,
 * except held ones; then files a crash left without a row. Returns how many items went.
 */
export async function purgeEvidence(db: Db, evidenceDir: string, cutoff: number): Promise<number> {
  const candidates = await incidentsWithUnheldEvidence(db);
  const existing = new Set<string>();
  for (const slice of slices(candidates)) for (const id of await existingIncidentIds(db, slice)) existing.add(id);
  const closed = new Set(await incidentIdsClosedBefore(db, cutoff));
  const ended = candidates.filter((id) => closed.has(id) || !existing.has(id));
  const deleted = ended.length ? await db.transaction().execute((tx) => deleteUnheldEvidenceOf(tx, ended)) : [];
  await removeEvidenceFiles(evidenceDir, deleted);
  await sweepOrphanFiles(evidenceDir, (ids) => existingEvidenceIds(db, ids));
  return deleted.length;
}

export const evidenceRetention: RetentionRule<Db>[] = [
  { kind: 'evidence', purge: (db, cutoff, config) => purgeEvidence(db, config.evidenceDir, cutoff) },
];
