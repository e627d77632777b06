import type { AppContext } from '../../context';
import { displayNamesOf } from '../members';
import { zoneNames } from '../zones';
import type { AidTask, FiledFields, FiledRequest, Revealed } from './contract';
import { type AidLanguage, isClaimable, KIND_NEEDS } from './limits';
import type { AidClaimTable, AidRequestTable } from './schema';

export const parseList = <T = string>(json: string): T[] => JSON.parse(json) as T[];

const pointOf = (r: AidRequestTable) => (r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null);

/** Zone names of these requests, looked up once. */
export async function zoneNamer(ctx: AppContext, rows: readonly AidRequestTable[]) {
  const names = await zoneNames(ctx, [...new Set(rows.map((r) => r.zoneId))]);
  return (r: AidRequestTable) => ({ id: r.zoneId, name: names.get(r.zoneId) ?? '' });
}

/**
 * A request as any volunteer may see it. Built field by field from an allow-list, so a private
 * column added later stays private until someone decides otherwise.
 */
export function presentTask(r: AidRequestTable, zone: { id: string; name: string }): AidTask {
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    zone,
    cell: r.cell,
    details: r.details,
    languages: parseList<AidLanguage>(r.languages),
    translationLanguage: r.translationLanguage as AidLanguage | null,
    neededFrom: r.neededFrom,
    neededBy: r.neededBy,
    needs: KIND_NEEDS[r.kind],
    claimable: isClaimable(r.kind),
    onBehalf: r.onBehalf === 1,
    confirmed: r.confirmedAt !== null,
    createdAt: r.createdAt,
    demo: r.demo === 1,
  };
}

export async function presentTasks(ctx: AppContext, rows: readonly AidRequestTable[]): Promise<AidTask[]> {
  const zoneOf = await zoneNamer(ctx, rows);
  return rows.map((r) => presentTask(r, zoneOf(r)));
}

/** What the filer entered, for the filer only. */
export const presentFiledFields = (r: AidRequestTable): FiledFields => ({
  householdName: r.householdName,
  address: r.address,
  point: pointOf(r),
  contact: r.contact,
  privateNotes: r.privateNotes,
  caseId: r.caseId,
  amountCents: r.amountCents,
  confirmedAt: r.confirmedAt,
  confirmedBy: r.confirmedBy,
});

export async function presentFiled(ctx: AppContext, rows: readonly AidRequestTable[]): Promise<FiledRequest[]> {
  const zoneOf = await zoneNamer(ctx, rows);
  return rows.map((r) => ({
    ...presentTask(r, zoneOf(r)),
    householdName: r.householdName,
    caseId: r.caseId,
    amountCents: r.amountCents,
    confirmedBy: r.confirmedBy,
    hasReceiptLink: r.receiptTokenHash !== null,
  }));
}

/** For the volunteer holding the task: the household's name (their member name when they filed it themselves). */
export async function presentRevealed(ctx: AppContext, r: AidRequestTable): Promise<Revealed> {
  const own = r.onBehalf === 0 && r.filedBy ? (await displayNamesOf(ctx.db, [r.filedBy])).get(r.filedBy) : undefined;
  return {
    householdName: r.householdName ?? own ?? '',
    address: r.address,
    point: pointOf(r),
    contact: r.contact,
    privateNotes: r.privateNotes,
  };
}

export const presentClaim = (c: Pick<AidClaimTable, 'state' | 'claimedAt' | 'leaseExpiresAt' | 'confirmedAt' | 'endedAt'>) => ({
  state: c.state,
  claimedAt: c.claimedAt,
  leaseExpiresAt: c.leaseExpiresAt,
  confirmedAt: c.confirmedAt,
  endedAt: c.endedAt,
});
