import type { Db } from '../../database';
import type { ElectionCandidateTable, ElectionTable } from './schema';

/** Queries about elections and their candidates; every function takes the database (or a transaction) first. */

export const insertElection = (db: Db, row: ElectionTable) => db.insertInto('election').values(row).execute();

export const findElection = (db: Db, id: string) => db.selectFrom('election').selectAll().where('id', '=', id).executeTakeFirst();

/** The election, locked until the caller's transaction ends (so closing and adding a candidate take turns). */
export const lockElection = (db: Db, id: string) =>
  db
    .updateTable('election')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export const updateElection = (db: Db, id: string, set: Partial<ElectionTable>) =>
  db.updateTable('election').set(set).where('id', '=', id).execute();

export const candidatesOf = (db: Db, electionId: string) =>
  db.selectFrom('electionCandidate').selectAll().where('electionId', '=', electionId).orderBy('position').orderBy('id').execute();

export const insertCandidate = (db: Db, row: ElectionCandidateTable) => db.insertInto('electionCandidate').values(row).execute();

export async function countVoters(db: Db, boxId: string): Promise<number> {
  const row = await db
    .selectFrom('ballotBoxVoter')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('boxId', '=', boxId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
