import { sql } from 'kysely';
import type { Dialect } from '../../core/db/database';
import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import type { AidKind, RequestState } from './limits';
import type { AidClaimTable, AidRequestTable, ClaimState } from './schema';

/** Queries of the aid module (requests and claims); every function takes the database or a transaction first. */

export const ACTIVE_CLAIM: readonly ClaimState[] = ['claimed', 'in_progress'];

// Requests

export const insertRequest = (db: Db, row: AidRequestTable) => db.insertInto('aidRequest').values(row).execute();

export const findRequest = (db: Db, id: string) => db.selectFrom('aidRequest').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Reads a request for a change. Every change of a request or its claims starts here, so on PostgreSQL
 * the row lock puts concurrent claims, confirmations and expiries of one request in a queue (SQLite
 * has one writer anyway).
 */
export const lockRequest = (db: Db, id: string, dialect: Dialect) => {
  const q = db.selectFrom('aidRequest').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
};

export const findRequestByReceipt = (db: Db, tokenHash: string) =>
  db.selectFrom('aidRequest').selectAll().where('receiptTokenHash', '=', tokenHash).executeTakeFirst();

/** Moves a request only if it is still in one of `from` (the row lock orders concurrent moves on PostgreSQL). */
export const moveRequest = async (db: Db, id: string, from: readonly RequestState[], set: Partial<AidRequestTable>) =>
  changedAny(await db.updateTable('aidRequest').set(set).where('id', '=', id).where('state', 'in', from).executeTakeFirst());

export const updateRequest = (db: Db, id: string, set: Partial<AidRequestTable>) =>
  db.updateTable('aidRequest').set(set).where('id', '=', id).execute();

export const listRequestsInState = (db: Db, states: readonly RequestState[], kinds?: readonly AidKind[]) => {
  let q = db.selectFrom('aidRequest').selectAll().where('state', 'in', states);
  if (kinds) q = q.where('kind', 'in', kinds);
  return q.orderBy('createdAt', 'asc').orderBy('id').execute();
};

export const listFiledBy = (db: Db, memberId: string) =>
  db.selectFrom('aidRequest').selectAll().where('filedBy', '=', memberId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();

export const listOfCase = (db: Db, caseId: string) =>
  db.selectFrom('aidRequest').selectAll().where('caseId', '=', caseId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();

export async function deleteRequestsClosedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('aidRequest')
    .where('state', 'in', ['done', 'cancelled'])
    .where('closedAt', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// Claims

export const insertClaim = (db: Db, row: AidClaimTable) => db.insertInto('aidClaim').values(row).execute();

export const activeClaimOf = (db: Db, requestId: string) =>
  db.selectFrom('aidClaim').selectAll().where('requestId', '=', requestId).where('state', 'in', ACTIVE_CLAIM).executeTakeFirst();

export const activeClaimsOfRequests = (db: Db, requestIds: readonly string[]) =>
  requestIds.length
    ? db.selectFrom('aidClaim').selectAll().where('requestId', 'in', requestIds).where('state', 'in', ACTIVE_CLAIM).execute()
    : Promise.resolve([]);

export async function countActiveClaimsOf(db: Db, memberId: string): Promise<number> {
  const row = await db
    .selectFrom('aidClaim')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('memberId', '=', memberId)
    .where('state', 'in', ACTIVE_CLAIM)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Holds one volunteer's claims still until the transaction ends, so that two claims made at the same
 * moment cannot both pass the cap on open claims (PostgreSQL; SQLite has one writer).
 */
export async function lockClaimsOfMember(db: Db, memberId: string, dialect: Dialect) {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtextextended(${`aid_claim:${memberId}`}, 0))`.execute(db);
}

/** A member's latest claims with their requests. */
export const claimsOf = (db: Db, memberId: string, limit: number) =>
  db
    .selectFrom('aidClaim')
    .innerJoin('aidRequest', 'aidRequest.id', 'aidClaim.requestId')
    .selectAll('aidRequest')
    .select([
      'aidClaim.id as claimId',
      'aidClaim.state as claimState',
      'aidClaim.claimedAt',
      'aidClaim.leaseExpiresAt',
      'aidClaim.confirmedAt as claimConfirmedAt',
      'aidClaim.endedAt',
    ])
    .where('aidClaim.memberId', '=', memberId)
    .orderBy('aidClaim.claimedAt', 'desc')
    .orderBy('aidClaim.id', 'desc')
    .limit(limit)
    .execute();

/** Moves a claim only if it is still in one of `from`. */
export const moveClaim = async (db: Db, id: string, from: readonly ClaimState[], set: Partial<AidClaimTable>) =>
  changedAny(await db.updateTable('aidClaim').set(set).where('id', '=', id).where('state', 'in', from).executeTakeFirst());

/** Claims whose lease ran out without a confirmation. */
export const lapsedClaims = (db: Db, now: number, limit: number) =>
  db
    .selectFrom('aidClaim')
    .select(['id', 'requestId', 'memberId'])
    .where('state', '=', 'claimed')
    .where('leaseExpiresAt', '<=', now)
    .orderBy('leaseExpiresAt')
    .limit(limit)
    .execute();
