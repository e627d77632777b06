import type { Db } from '../../database';
import type { AssemblyCommentTable, AssemblyDecisionTable, AssemblyProposalTable, VoteChoice } from './schema';

/** Queries about proposals, their discussion, open votes and the decision log. */

export const insertProposal = (db: Db, row: AssemblyProposalTable) => db.insertInto('assemblyProposal').values(row).execute();

export const updateProposal = (db: Db, id: string, set: Partial<AssemblyProposalTable>) =>
  db.updateTable('assemblyProposal').set(set).where('id', '=', id).execute();

export const findProposal = (db: Db, id: string) => db.selectFrom('assemblyProposal').selectAll().where('id', '=', id).executeTakeFirst();

/** The proposal, its row locked until the transaction ends: votes, a hand count and the close take turns. */
export const lockProposal = (db: Db, id: string) =>
  db
    .updateTable('assemblyProposal')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export function proposalsByIds(db: Db, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return Promise.resolve([]);
  return db.selectFrom('assemblyProposal').selectAll().where('id', 'in', wanted).execute();
}

export const openProposalsOf = (db: Db, assemblyId: string) =>
  db
    .selectFrom('assemblyProposal')
    .selectAll()
    .where('assemblyId', '=', assemblyId)
    .where('status', 'in', ['discussion', 'voting'])
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

export const proposalsOfMeeting = (db: Db, meetingId: string) =>
  db.selectFrom('assemblyProposal').selectAll().where('meetingId', '=', meetingId).orderBy('createdAt').orderBy('id').execute();

export const countVotingOfMeeting = async (db: Db, meetingId: string) =>
  (await db.selectFrom('assemblyProposal').select('id').where('meetingId', '=', meetingId).where('status', '=', 'voting').execute()).length;

// Discussion

export const insertComment = (db: Db, row: AssemblyCommentTable) => db.insertInto('assemblyComment').values(row).execute();

export const commentsOf = (db: Db, proposalId: string) =>
  db.selectFrom('assemblyComment').selectAll().where('proposalId', '=', proposalId).orderBy('createdAt').orderBy('id').execute();

export const findComment = (db: Db, id: string) => db.selectFrom('assemblyComment').selectAll().where('id', '=', id).executeTakeFirst();

export const setAmendmentStatus = (db: Db, id: string, status: 'accepted' | 'rejected') =>
  db.updateTable('assemblyComment').set({ amendmentStatus: status }).where('id', '=', id).execute();

// Open votes

/** A member's vote, changed as often as they like until the vote closes. */
export const upsertVote = (db: Db, proposalId: string, memberId: string, choice: VoteChoice, castAt: number) =>
  db
    .insertInto('assemblyVote')
    .values({ proposalId, memberId, choice, castAt })
    .onConflict((oc) => oc.columns(['proposalId', 'memberId']).doUpdateSet({ choice, castAt }))
    .execute();

export const findVote = (db: Db, proposalId: string, memberId: string) =>
  db.selectFrom('assemblyVote').select('choice').where('proposalId', '=', proposalId).where('memberId', '=', memberId).executeTakeFirst();

/** The open votes' choices (who cast them stays out of it). */
export const openVoteChoices = async (db: Db, proposalId: string): Promise<VoteChoice[]> =>
  (await db.selectFrom('assemblyVote').select('choice').where('proposalId', '=', proposalId).execute()).map((r) => r.choice);

// The decision log

export const insertDecision = (db: Db, row: AssemblyDecisionTable) => db.insertInto('assemblyDecision').values(row).execute();

export const decisionsOf = (db: Db, assemblyId: string, limit: number) =>
  db
    .selectFrom('assemblyDecision')
    .selectAll()
    .where('assemblyId', '=', assemblyId)
    .orderBy('decidedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** A delegate this assembly sent to its parent and has not recalled or replaced. */
export const findSittingDelegate = (db: Db, delegateId: string, memberAssemblyId: string) =>
  db
    .selectFrom('assemblyDelegate')
    .select(['id', 'memberId'])
    .where('id', '=', delegateId)
    .where('memberAssemblyId', '=', memberAssemblyId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();

export const delegatesByIds = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('assemblyDelegate')
        .select(['id', 'memberId'])
        .where('id', 'in', [...new Set(ids)])
        .execute()
    : Promise.resolve([]);
