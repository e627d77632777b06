import { sql } from 'kysely';
import type { Db } from '../../database';
import type { DisbursementState, DonationSource, FundDisbursementTable, FundDonationTable, FundTable } from './schema';

/** Funds, donations and disbursements (the ledger's own tables are in ledger-repository.ts). */

export const insertFund = (db: Db, row: FundTable) => db.insertInto('fund').values(row).execute();
export const updateFund = (db: Db, id: string, set: Partial<FundTable>) => db.updateTable('fund').set(set).where('id', '=', id).execute();
export const findFund = (db: Db, id: string) => db.selectFrom('fund').selectAll().where('id', '=', id).executeTakeFirst();
export const listFunds = (db: Db, onlyPublic: boolean) => {
  const q = db.selectFrom('fund').selectAll().orderBy('createdAt').orderBy('id');
  return (onlyPublic ? q.where('public', '=', 1) : q).execute();
};

export const insertDonations = (db: Db, rows: FundDonationTable[]) => db.insertInto('fundDonation').values(rows).execute();
export const findDonation = (db: Db, id: string) => db.selectFrom('fundDonation').selectAll().where('id', '=', id).executeTakeFirst();
export const donationOfEntry = (db: Db, entrySeq: number) =>
  db.selectFrom('fundDonation').selectAll().where('entrySeq', '=', entrySeq).executeTakeFirst();
export const recentDonations = (db: Db, fundId: string, limit: number) =>
  db
    .selectFrom('fundDonation')
    .selectAll()
    .where('fundId', '=', fundId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** Donations imported from `source` with these processor transaction ids. */
export const donationsByExternalId = (db: Db, source: DonationSource, externalIds: readonly string[]) =>
  externalIds.length
    ? db
        .selectFrom('fundDonation')
        .selectAll()
        .where('source', '=', source)
        .where('externalId', 'in', [...externalIds])
        .execute()
    : Promise.resolve([] as FundDonationTable[]);

export const addReversed = (db: Db, id: string, cents: number) =>
  db
    .updateTable('fundDonation')
    .set((eb) => ({ reversedCents: eb('reversedCents', '+', cents) }))
    .where('id', '=', id)
    .execute();

/** Erases donor names and notes of donations recorded before `cutoff`; the donations stay. */
export async function eraseDonorsBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .updateTable('fundDonation')
    .set({ donorName: null, note: null })
    .where('createdAt', '<', cutoff)
    .where((eb) => eb.or([eb('donorName', 'is not', null), eb('note', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The partial unique index's own predicate, written literally so the engines can match the index to it. */
const LIVE_AID_REQUEST_INDEX_PREDICATE = sql<boolean>`state <> 'rejected'`;

/** False when the aid request already has a disbursement that was not rejected (its unique index). */
export async function insertDisbursement(db: Db, row: FundDisbursementTable): Promise<boolean> {
  const result = await db
    .insertInto('fundDisbursement')
    .values(row)
    .onConflict((oc) => oc.column('aidRequestId').where(LIVE_AID_REQUEST_INDEX_PREDICATE).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Reads a disbursement for a decision; on PostgreSQL the row stays locked so two treasurers take turns. */
export const findDisbursement = (db: Db, id: string, lock = false) => {
  const q = db.selectFrom('fundDisbursement').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

/** Moves it on only from `from`: false when another decision got there first. */
export async function moveDisbursement(db: Db, id: string, from: DisbursementState, set: Partial<FundDisbursementTable>) {
  const result = await db.updateTable('fundDisbursement').set(set).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const disbursementsInStates = (db: Db, states: readonly DisbursementState[], limit: number) =>
  db
    .selectFrom('fundDisbursement')
    .selectAll()
    .where('state', 'in', [...states])
    .orderBy('updatedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export const disbursementsOfCase = (db: Db, caseId: string) =>
  db.selectFrom('fundDisbursement').selectAll().where('caseId', '=', caseId).orderBy('createdAt', 'desc').execute();

/** Erases who was paid, how and why for disbursements decided before `cutoff`; amounts stay. */
export async function erasePayeesBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .updateTable('fundDisbursement')
    .set({ payeeName: null, payeeDetails: null, reason: null, rejectReason: null })
    .where('decidedAt', '<', cutoff)
    .where((eb) =>
      eb.or([
        eb('payeeName', 'is not', null),
        eb('payeeDetails', 'is not', null),
        eb('reason', 'is not', null),
        eb('rejectReason', 'is not', null),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
