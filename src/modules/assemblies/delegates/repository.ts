import type { Db } from '../../../database';
import type {
  AssemblyDelegateElectionTable,
  AssemblyDelegateReportTable,
  AssemblyDelegateTable,
  AssemblyMandateTable,
  AssemblyMemberTable,
} from '../schema';

/** Queries about delegate seats, delegate elections, mandates and reports; the database (or a transaction) first. */

export const insertDelegateElection = (db: Db, row: AssemblyDelegateElectionTable) =>
  db.insertInto('assemblyDelegateElection').values(row).execute();

export const findDelegateElection = (db: Db, electionId: string) =>
  db.selectFrom('assemblyDelegateElection').selectAll().where('electionId', '=', electionId).executeTakeFirst();

export const delegateElectionsOf = (db: Db, assemblyId: string, limit: number) =>
  db
    .selectFrom('assemblyDelegateElection')
    .selectAll()
    .where('assemblyId', '=', assemblyId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** The assembly's row, locked until the transaction ends: two facilitators starting an election at once take turns. */
export const lockAssembly = (db: Db, id: string) =>
  db
    .updateTable('assembly')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('id', '=', id)
    .execute();

/** Delegate elections of the assembly whose election has not closed. */
export const runningDelegateElections = (db: Db, assemblyId: string) =>
  db
    .selectFrom('assemblyDelegateElection')
    .innerJoin('election', 'election.id', 'assemblyDelegateElection.electionId')
    .select('assemblyDelegateElection.electionId')
    .where('assemblyDelegateElection.assemblyId', '=', assemblyId)
    .where('election.status', '=', 'open')
    .execute();

export const markSeated = (db: Db, id: string, seatedAt: number) =>
  db.updateTable('assemblyDelegateElection').set({ seatedAt }).where('id', '=', id).execute();

/** The assemblies sending delegates to `parentId`, full rows (their seats). */
export const memberAssembliesOf = (db: Db, parentId: string) =>
  db.selectFrom('assembly').selectAll().where('parentId', '=', parentId).orderBy('name').orderBy('id').execute();

// Seats

export const insertDelegate = (db: Db, row: AssemblyDelegateTable) => db.insertInto('assemblyDelegate').values(row).execute();

export const findDelegate = (db: Db, id: string) => db.selectFrom('assemblyDelegate').selectAll().where('id', '=', id).executeTakeFirst();

export const sittingDelegatesOf = (db: Db, memberAssemblyId: string) =>
  db
    .selectFrom('assemblyDelegate')
    .selectAll()
    .where('memberAssemblyId', '=', memberAssemblyId)
    .where('endedAt', 'is', null)
    .orderBy('electedAt')
    .orderBy('id')
    .execute();

export const sittingInParent = (db: Db, parentAssemblyId: string) =>
  db
    .selectFrom('assemblyDelegate')
    .selectAll()
    .where('parentAssemblyId', '=', parentAssemblyId)
    .where('endedAt', 'is', null)
    .orderBy('electedAt')
    .orderBy('id')
    .execute();

export const endedInParent = (db: Db, parentAssemblyId: string, limit: number) =>
  db
    .selectFrom('assemblyDelegate')
    .selectAll()
    .where('parentAssemblyId', '=', parentAssemblyId)
    .where('endedAt', 'is not', null)
    .orderBy('endedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export const delegatesOfElection = (db: Db, electionIds: readonly string[]) =>
  electionIds.length
    ? db
        .selectFrom('assemblyDelegate')
        .select(['electionId', 'memberId'])
        .where('electionId', 'in', [...electionIds])
        .execute()
    : Promise.resolve([]);

/** Ends the sitting delegates of a member assembly (a new election replaced them); returns their ids. */
export async function endSittingDelegates(db: Db, memberAssemblyId: string, endedAt: number): Promise<string[]> {
  const rows = await db
    .updateTable('assemblyDelegate')
    .set({ endedAt, endReason: 'replaced' })
    .where('memberAssemblyId', '=', memberAssemblyId)
    .where('endedAt', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

// Their seats in the parent

export const findParentMembership = (db: Db, assemblyId: string, memberId: string) =>
  db.selectFrom('assemblyMember').selectAll().where('assemblyId', '=', assemblyId).where('memberId', '=', memberId).executeTakeFirst();

export const insertParentMembership = (db: Db, row: AssemblyMemberTable) => db.insertInto('assemblyMember').values(row).execute();

export const makeDelegateMembership = (db: Db, assemblyId: string, memberId: string, delegateId: string) =>
  db
    .updateTable('assemblyMember')
    .set({ role: 'delegate', delegateId })
    .where('assemblyId', '=', assemblyId)
    .where('memberId', '=', memberId)
    .execute();

export const removeSeatMemberships = (db: Db, assemblyId: string, delegateIds: readonly string[]) =>
  delegateIds.length
    ? db
        .deleteFrom('assemblyMember')
        .where('assemblyId', '=', assemblyId)
        .where('delegateId', 'in', [...delegateIds])
        .execute()
    : Promise.resolve([]);

// Mandates and reports

export const upsertMandate = (db: Db, row: AssemblyMandateTable) =>
  db
    .insertInto('assemblyMandate')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['delegateId', 'proposalId'])
        .doUpdateSet({ instruction: row.instruction, note: row.note, setAt: row.setAt, setBy: row.setBy }),
    )
    .execute();

export const mandatesOf = (db: Db, delegateIds: readonly string[]) =>
  delegateIds.length
    ? db
        .selectFrom('assemblyMandate')
        .selectAll()
        .where('delegateId', 'in', [...delegateIds])
        .orderBy('setAt', 'desc')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

export const insertReport = (db: Db, row: AssemblyDelegateReportTable) => db.insertInto('assemblyDelegateReport').values(row).execute();

export const reportsOf = (db: Db, delegateId: string, limit: number) =>
  db
    .selectFrom('assemblyDelegateReport')
    .selectAll()
    .where('delegateId', '=', delegateId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** Each delegate's latest report. */
export async function latestReportsOf(db: Db, delegateIds: readonly string[]) {
  if (!delegateIds.length) return new Map<string, AssemblyDelegateReportTable>();
  const rows = await db
    .selectFrom('assemblyDelegateReport')
    .selectAll()
    .where('delegateId', 'in', [...delegateIds])
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const latest = new Map<string, AssemblyDelegateReportTable>();
  for (const r of rows) if (!latest.has(r.delegateId)) latest.set(r.delegateId, r);
  return latest;
}
