import { ROLE_QUALIFICATIONS } from '../../core/qualifications';
import type { Db } from '../../database';
import { activeHoldersOf } from '../members';
import { validQualificationsOf } from '../trainings';

/**
 * Responders on duty in any of these zones who still hold the role, are trusted, are not disabled, and
 * whose qualification for it is valid `at`: one that lapsed while they were on duty stops the calls.
 */
export async function respondersOnDutyIn(db: Db, zoneIds: readonly string[], at: number): Promise<string[]> {
  if (!zoneIds.length) return [];
  const rows = await db
    .selectFrom('responderDuty')
    .select('memberId')
    .distinct()
    .where('zoneId', 'in', [...zoneIds])
    .execute();
  const holders = await activeHoldersOf(
    db,
    rows.map((r) => r.memberId),
    'responder',
  );
  const kinds = ROLE_QUALIFICATIONS.responder ?? [];
  if (!kinds.length || !holders.length) return holders;
  const valid = await validQualificationsOf(db, holders, at);
  return holders.filter((id) => valid.get(id)?.some((q) => kinds.includes(q.kind)));
}
