import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { incidentIdsClosedBefore } from '../reports';
import { deleteCases } from './repository';

/** Bound on the ids sent in one statement (both engines cap parameters). */
const CHUNK = 500;

/**
 * Dispatch records (cases, offers, checklists) go config.retentionDays.dispatch days after their
 * incident closed. The incident's own close time also counts, in case this node missed the event.
 */
async function purgeDispatch(db: Db, cutoff: number): Promise<number> {
  const closedIncidents = await incidentIdsClosedBefore(db, cutoff);
  let deleted = await deleteCases(db, cutoff, closedIncidents.slice(0, CHUNK));
  for (let i = CHUNK; i < closedIncidents.length; i += CHUNK) deleted += await deleteCases(db, cutoff, closedIncidents.slice(i, i + CHUNK));
  return deleted;
}

export const dispatchRetention: RetentionRule<Db>[] = [{ kind: 'dispatch', purge: purgeDispatch }];
