import type { ExpressionBuilder } from 'kysely';
import type { Database, Db } from '../../database';
import type { AssemblyMemberTable, AssemblyRole, AssemblyTable } from './schema';

/** Queries about assemblies and who belongs to them; every function takes the database (or a transaction) first. */

export const insertAssembly = (db: Db, row: AssemblyTable) => db.insertInto('assembly').values(row).execute();

export const updateAssembly = (db: Db, id: string, set: Partial<AssemblyTable>) =>
  db.updateTable('assembly').set(set).where('id', '=', id).execute();

export const findAssembly = (db: Db, id: string) => db.selectFrom('assembly').selectAll().where('id', '=', id).executeTakeFirst();

export const listAssemblyRows = (db: Db, limit: number) =>
  db.selectFrom('assembly').selectAll().orderBy('name').orderBy('id').limit(limit).execute();

export function assembliesByIds(db: Db, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return Promise.resolve([]);
  return db.selectFrom('assembly').selectAll().where('id', 'in', wanted).execute();
}

export const childrenOf = (db: Db, id: string) =>
  db.selectFrom('assembly').select(['id', 'name', 'kind']).where('parentId', '=', id).orderBy('name').execute();

/** `id` and the assemblies above it, nearest first (a parent chain has no loop: setting a parent checks it). */
export async function ancestryOf(db: Db, id: string): Promise<string[]> {
  const chain: string[] = [];
  let next: string | null = id;
  while (next && !chain.includes(next)) {
    chain.push(next);
    next = (await db.selectFrom('assembly').select('parentId').where('id', '=', next).executeTakeFirst())?.parentId ?? null;
  }
  return chain;
}

// Membership

export const findMembership = (db: Db, assemblyId: string, memberId: string) =>
  db.selectFrom('assemblyMember').selectAll().where('assemblyId', '=', assemblyId).where('memberId', '=', memberId).executeTakeFirst();

export const membersOf = (db: Db, assemblyId: string) =>
  db.selectFrom('assemblyMember').selectAll().where('assemblyId', '=', assemblyId).execute();

export const membershipsOf = (db: Db, memberId: string) =>
  db.selectFrom('assemblyMember').select(['assemblyId', 'role']).where('memberId', '=', memberId).execute();

/** Joining twice changes nothing. */
export const insertMember = (db: Db, row: AssemblyMemberTable) =>
  db
    .insertInto('assemblyMember')
    .values(row)
    .onConflict((oc) => oc.columns(['assemblyId', 'memberId']).doNothing())
    .execute();

export const setMemberRole = (db: Db, assemblyId: string, memberId: string, role: AssemblyRole) =>
  db.updateTable('assemblyMember').set({ role }).where('assemblyId', '=', assemblyId).where('memberId', '=', memberId).execute();

export const deleteMember = (db: Db, assemblyId: string, memberId: string) =>
  db.deleteFrom('assemblyMember').where('assemblyId', '=', assemblyId).where('memberId', '=', memberId).execute();

/**
 * The rows of `assembly_member` with a vote: in a federation its delegates, elsewhere every member
 * (facilitators included). For queries joined to `assembly`.
 */
export const isVotingMembership = (eb: ExpressionBuilder<Database, 'assembly' | 'assemblyMember'>) =>
  eb.or([eb('assembly.kind', '<>', 'federation'), eb('assemblyMember.role', '=', 'delegate')]);

/** Members with a vote, per assembly. */
export async function voterCounts(db: Db, assemblyIds: readonly string[]): Promise<Map<string, number>> {
  if (!assemblyIds.length) return new Map();
  const rows = await db
    .selectFrom('assemblyMember')
    .innerJoin('assembly', 'assembly.id', 'assemblyMember.assemblyId')
    .select((eb) => ['assemblyMember.assemblyId', eb.fn.countAll<number>().as('n')])
    .where('assemblyMember.assemblyId', 'in', [...new Set(assemblyIds)])
    .where(isVotingMembership)
    .groupBy('assemblyMember.assemblyId')
    .execute();
  return new Map(rows.map((r) => [r.assemblyId, Number(r.n)]));
}

export const voterCountOf = async (db: Db, assemblyId: string) => (await voterCounts(db, [assemblyId])).get(assemblyId) ?? 0;
