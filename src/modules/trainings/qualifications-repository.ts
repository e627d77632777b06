import type { Qualification } from '../../core/qualifications';
import type { Db } from '../../database';
import type { QualificationTable } from './schema';

export const insertQualification = (db: Db, row: QualificationTable) => db.insertInto('qualification').values(row).execute();

/** Unrevoked qualifications of these members still valid at `at` (expiring after it). */
export function listValidQualifications(db: Db, memberIds: readonly string[], at: number) {
  if (!memberIds.length) return Promise.resolve([]);
  return db
    .selectFrom('qualification')
    .select(['memberId', 'kind', 'expiresAt'])
    .where('memberId', 'in', memberIds)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', at)
    .where('earnedAt', '<=', at)
    .execute();
}

/** The latest expiry among a member's unrevoked qualifications of these kinds, valid or not. */
export async function latestExpiry(db: Db, memberId: string, kinds: readonly Qualification[]): Promise<number | null> {
  const row = await db
    .selectFrom('qualification')
    .select((eb) => eb.fn.max('expiresAt').as('expiresAt'))
    .where('memberId', '=', memberId)
    .where('kind', 'in', kinds)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return row?.expiresAt == null ? null : Number(row.expiresAt);
}

/** Every qualification a member holds or held (valid, lapsed, revoked), newest first. */
export const listQualificationsOf = (db: Db, memberId: string) =>
  db.selectFrom('qualification').selectAll().where('memberId', '=', memberId).orderBy('earnedAt', 'desc').orderBy('id').execute();

export const findQualification = (db: Db, id: string) => db.selectFrom('qualification').selectAll().where('id', '=', id).executeTakeFirst();

/** Revokes it unless it already was: true when this call did. */
export async function revokeQualificationRow(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('qualification')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Qualifications that lapsed, or were revoked, before `cutoff`. */
export async function deleteQualificationsLapsedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('qualification')
    .where((eb) => eb.or([eb('expiresAt', '<', cutoff), eb('revokedAt', '<', cutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
