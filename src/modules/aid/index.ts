import type { AppContext, AppModule } from '../../context';
import type { Principal } from '../../core/roles';
import { aidMigrations } from './migrations';

export { type RidesTables, ridesModule } from './rides';
export type { AidTables } from './schema';

export const aidModule: AppModule = {
  name: 'aid',
  migrations: aidMigrations,
};

/** A rent/bills aid request, which the fund pays rather than a volunteer (what a treasurer needs to see). */
export interface FundableAidRequest {
  id: string;
  state: string;
  /** What the requester asked for, if they said; the disbursement may differ. */
  amountCents: number | null;
  caseId: string | null;
  zone: { id: string; name: string } | null;
  createdAt: number;
}

/** Placeholders until the aid service lands. */
export async function findFundableAidRequest(_ctx: AppContext, _id: string): Promise<FundableAidRequest | null> {
  return null;
}
export async function listFundableAidRequests(_ctx: AppContext): Promise<FundableAidRequest[]> {
  return [];
}
/** The fund paid it: the request is done (the requester can still confirm receipt). */
export async function markAidRequestPaid(_ctx: AppContext, _id: string, _actor: Principal): Promise<void> {}
