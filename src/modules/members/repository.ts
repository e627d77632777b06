import type { Db } from '../../database';
import type { ChallengeTable, CredentialTable, InviteTable, MemberTable } from './schema';

/** Queries of the members module; every function takes the database (or a transaction) first. */

export const findMember = (db: Db, id: string) => db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst();

export const insertMember = (db: Db, row: MemberTable) => db.insertInto('member').values(row).execute();

export async function rolesOf(db: Db, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberRole').select('role').where('memberId', '=', memberId).execute();
  return rows.map((r) => r.role).sort();
}

export async function replaceRoles(db: Db, memberId: string, roles: readonly string[]) {
  await db.deleteFrom('memberRole').where('memberId', '=', memberId).execute();
  if (roles.length)
    await db
      .insertInto('memberRole')
      .values(roles.map((role) => ({ memberId, role })))
      .execute();
}

export async function countAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('memberRole')
    .innerJoin('member', 'member.id', 'memberRole.memberId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('member.disabledAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countMembers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every member, or only `onlyId` when one member's row is wanted. */
export function listMembers(db: Db, onlyId?: string) {
  let q = db.selectFrom('member').selectAll().orderBy('displayName');
  if (onlyId) q = q.where('id', '=', onlyId);
  return q.execute();
}

export async function listAllRoles(db: Db, onlyId?: string): Promise<Map<string, string[]>> {
  let q = db.selectFrom('memberRole').selectAll().orderBy('role');
  if (onlyId) q = q.where('memberId', '=', onlyId);
  const rows = await q.execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.memberId, [...(map.get(r.memberId) ?? []), r.role]);
  return map;
}

// Sessions

export const insertSession = (db: Db, row: { id: string; tokenHash: string; memberId: string; createdAt: number; expiresAt: number }) =>
  db.insertInto('session').values(row).execute();

export const findLiveSession = (db: Db, tokenHash: string, now: number) =>
  db
    .selectFrom('session')
    .innerJoin('member', 'member.id', 'session.memberId')
    .select(['session.id as sessionId', 'session.memberId', 'member.trustedAt', 'member.disabledAt'])
    .where('session.tokenHash', '=', tokenHash)
    .where('session.expiresAt', '>', now)
    .executeTakeFirst();

export const deleteSession = (db: Db, id: string) => db.deleteFrom('session').where('id', '=', id).execute();
export const deleteSessionsOf = (db: Db, memberId: string) => db.deleteFrom('session').where('memberId', '=', memberId).execute();

// Vouches

export async function vouchersOf(db: Db, memberId: string) {
  return db.selectFrom('vouch').select(['voucherId', 'createdAt']).where('memberId', '=', memberId).orderBy('createdAt').execute();
}

export const insertVouch = (db: Db, row: { voucherId: string; memberId: string; createdAt: number }) =>
  db
    .insertInto('vouch')
    .values(row)
    .onConflict((oc) => oc.columns(['voucherId', 'memberId']).doNothing())
    .execute();

export async function vouchCounts(db: Db, onlyId?: string): Promise<Map<string, number>> {
  let q = db
    .selectFrom('vouch')
    .select(['memberId', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('memberId');
  if (onlyId) q = q.where('memberId', '=', onlyId);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.memberId, Number(r.n)]));
}

export async function vouchedBy(db: Db, voucherId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('vouch').select('memberId').where('voucherId', '=', voucherId).execute();
  return new Set(rows.map((r) => r.memberId));
}

// Invites

export const insertInvite = (db: Db, row: InviteTable) => db.insertInto('invite').values(row).execute();
export const findInviteByHash = (db: Db, tokenHash: string) =>
  db.selectFrom('invite').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();

/** Marks an invite used only if nobody used it first; returns whether this call won. */
export async function claimInvite(db: Db, id: string, now: number, memberId: string): Promise<boolean> {
  const res = await db
    .updateTable('invite')
    .set({ usedAt: now, memberId })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const listOpenInvites = (db: Db, now: number) =>
  db.selectFrom('invite').selectAll().where('usedAt', 'is', null).where('expiresAt', '>', now).orderBy('createdAt', 'desc').execute();

export const expireInvite = (db: Db, id: string, now: number) =>
  db.updateTable('invite').set({ expiresAt: now }).where('id', '=', id).where('usedAt', 'is', null).execute();

export const expireSetupInvites = (db: Db, now: number) =>
  db.updateTable('invite').set({ expiresAt: now }).where('kind', '=', 'setup').where('usedAt', 'is', null).execute();

// Credentials and challenges

export const insertCredential = (db: Db, row: CredentialTable) => db.insertInto('credential').values(row).execute();
export const findCredential = (db: Db, id: string) => db.selectFrom('credential').selectAll().where('id', '=', id).executeTakeFirst();
export const credentialsOf = (db: Db, memberId: string) =>
  db.selectFrom('credential').selectAll().where('memberId', '=', memberId).execute();
export const deleteCredentialsOf = (db: Db, memberId: string) => db.deleteFrom('credential').where('memberId', '=', memberId).execute();
export const touchCredential = (db: Db, id: string, counter: number, now: number) =>
  db.updateTable('credential').set({ counter, lastUsedAt: now }).where('id', '=', id).execute();

export const insertChallenge = (db: Db, row: ChallengeTable) => db.insertInto('webauthnChallenge').values(row).execute();

/** Deletes the challenge and returns it: whoever deletes it first is the only one who may use it. */
export const takeChallenge = (db: Db, challenge: string) =>
  db.deleteFrom('webauthnChallenge').where('challenge', '=', challenge).returningAll().executeTakeFirst();

// What other modules may ask about members (through index.ts), without reading these tables themselves.

/** Every trusted, active member who holds `role` itself (not admins by default: e.g. whom to ask for a treasurer's approval). */
export async function roleHoldersOf(db: Db, role: string): Promise<string[]> {
  const rows = await db
    .selectFrom('member')
    .innerJoin('memberRole', 'memberRole.memberId', 'member.id')
    .select('member.id')
    .distinct()
    .where('memberRole.role', '=', role)
    .where('member.disabledAt', 'is', null)
    .where('member.trustedAt', 'is not', null)
    .execute();
  return rows.map((r) => r.id).sort();
}

/** Of these members, those who are trusted, not disabled and hold `role` (or admin, which may do everything). */
export async function activeHoldersOf(
  db: Db,
  ids: readonly string[],
  role: string,
  opts: { adminsCount?: boolean } = {},
): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('member')
    .innerJoin('memberRole', 'memberRole.memberId', 'member.id')
    .select('member.id')
    .distinct()
    .where('member.id', 'in', [...new Set(ids)])
    .where('memberRole.role', 'in', opts.adminsCount === false ? [role] : [role, 'admin'])
    .where('member.disabledAt', 'is', null)
    .where('member.trustedAt', 'is not', null)
    .execute();
  return rows.map((r) => r.id).sort();
}

/** Display names (pseudonyms the members chose) by id. */
/** Of these members, those vouched for (R-TRUST-1) and not disabled. */
export async function trustedMembersOf(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('member')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where('trustedAt', 'is not', null)
    .where('disabledAt', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function displayNamesOf(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('member').select(['id', 'displayName']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
