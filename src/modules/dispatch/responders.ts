import type { Db } from '../../database';
import { activeHoldersOf } from '../members';

/** Responders on duty in any of these zones who still hold the role, are trusted and are not disabled. */
export async function respondersOnDutyIn(db: Db, zoneIds: readonly string[]): Promise<string[]> {
  if (!zoneIds.length) return [];
  const rows = await db
    .selectFrom('responderDuty')
    .select('memberId')
    .distinct()
    .where('zoneId', 'in', [...zoneIds])
    .execute();
  return activeHoldersOf(
    db,
    rows.map((r) => r.memberId),
    'responder',
  );
}
