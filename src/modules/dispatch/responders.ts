import type { Db } from '../../database';

/**
 * The two things dispatch must know about members, read from the members module's tables because
 * its index offers no such query: who may still be called, and what staff call them.
 */

/** Responders on duty in any of these zones who still hold the role and are trusted and not disabled. */
export async function respondersOnDutyIn(db: Db, zoneIds: readonly string[]): Promise<string[]> {
  if (!zoneIds.length) return [];
  const rows = await db
    .selectFrom('responderDuty')
    .innerJoin('member', 'member.id', 'responderDuty.memberId')
    .innerJoin('memberRole', 'memberRole.memberId', 'responderDuty.memberId')
    .select('responderDuty.memberId')
    .distinct()
    .where('responderDuty.zoneId', 'in', [...zoneIds])
    .where('memberRole.role', '=', 'responder')
    .where('member.disabledAt', 'is', null)
    .where('member.trustedAt', 'is not', null)
    .execute();
  return rows.map((r) => r.memberId).sort();
}

/** Display names (pseudonyms the members chose) by id. */
export async function displayNamesOf(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('member').select(['id', 'displayName']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
