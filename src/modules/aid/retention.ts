import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteOffersEndedBefore } from './offers-repository';
import { deleteRequestsClosedBefore } from './repository';

/**
 * Kind `aid_request`: config.retentionDays.aid_request days after a request was done, cancelled or
 * confirmed (whichever came last), the whole row goes — address, point, contact, notes, receipt
 * link — with its claims. No summary is kept. Offers go the same number of days after they were
 * withdrawn or lapsed. Requests still open are live work and stay until done or cancelled.
 */
export const aidRetention: RetentionRule<Db>[] = [
  {
    kind: 'aid_request',
    purge: async (db, cutoff) => (await deleteRequestsClosedBefore(db, cutoff)) + (await deleteOffersEndedBefore(db, cutoff)),
  },
];
