import type { Db } from '../../database';
import { displayNamesOf } from '../members';
import type { Disbursement, Donation, FundTranslations, ManagedFund, PublicFund } from './contract';
import type { FundName } from './funds-service';
import type { FundTotals } from './ledger/balances';
import type { FundDisbursementTable, FundDonationTable, FundTable } from './schema';

/** Only what anyone may see: the fund and its totals, never a donor or a payee. */
export function presentPublicFund(row: FundTable, totals: FundTotals): PublicFund {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    translations: JSON.parse(row.translations) as FundTranslations,
    goalCents: Number(row.goalCents),
    raisedCents: totals.raisedCents,
    paidOutCents: totals.paidOutCents,
    paidOutByCategory: totals.paidOutByCategory,
    demo: row.demo === 1,
  };
}

export const presentManagedFund = (row: FundTable, totals: FundTotals): ManagedFund => ({
  ...presentPublicFund(row, totals),
  public: row.public === 1,
  cashCents: totals.cashCents,
});

type Names = Map<string, string>;
const person = (names: Names, id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);

export async function presentDonations(db: Db, rows: FundDonationTable[]): Promise<Donation[]> {
  const names = await displayNamesOf(
    db,
    rows.map((r) => r.recordedBy),
  );
  return rows.map((r) => ({
    id: r.id,
    fundId: r.fundId,
    amountCents: Number(r.amountCents),
    reversedCents: Number(r.reversedCents),
    receivedAt: Number(r.receivedAt),
    method: r.method,
    source: r.source,
    externalId: r.externalId,
    donorName: r.donorName,
    note: r.note,
    entrySeq: Number(r.entrySeq),
    recordedBy: person(names, r.recordedBy),
    createdAt: Number(r.createdAt),
  }));
}

/** `withPayee`: the caller is a treasurer; nobody else learns who is paid or how. */
export async function presentDisbursements(
  db: Db,
  rows: FundDisbursementTable[],
  fundNames: Map<string, FundName>,
  withPayee: boolean,
): Promise<Disbursement[]> {
  const names = await displayNamesOf(
    db,
    rows.flatMap((r) => [r.requestedBy, r.firstApproverId, r.decidedBy]),
  );
  return rows.map((r) => ({
    id: r.id,
    fundId: r.fundId,
    fundName: fundNames.get(r.fundId)?.name ?? '',
    fundTranslations: fundNames.get(r.fundId)?.translations ?? {},
    category: r.category,
    amountCents: Number(r.amountCents),
    state: r.state,
    caseId: r.caseId,
    aidRequestId: r.aidRequestId,
    reason: r.reason,
    requestedBy: person(names, r.requestedBy),
    firstApprover: person(names, r.firstApproverId),
    decidedBy: person(names, r.decidedBy),
    decidedAt: r.decidedAt === null ? null : Number(r.decidedAt),
    rejectReason: r.rejectReason,
    payee: withPayee && r.payeeName !== null ? { name: r.payeeName, details: r.payeeDetails ?? '' } : null,
    createdAt: Number(r.createdAt),
  }));
}
