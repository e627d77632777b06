import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { eraseDonorsBefore, erasePayeesBefore } from './repository';

/**
 * The people in the fund's records go; the money stays. Donors' names and notes go
 * retentionDays.fund_donor days after the donation was recorded; who a disbursement paid, how, and
 * why go retentionDays.fund_payee days after it was paid or rejected. Ledger entries name no one and
 * are kept: they are the fund's books.
 */
export const fundRetention: RetentionRule<Db>[] = [
  { kind: 'fund_donor', purge: eraseDonorsBefore },
  { kind: 'fund_payee', purge: erasePayeesBefore },
];
