import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteDeliveriesBefore } from './repository';

/** Deliveries and their attempts go config.retentionDays.webhook_delivery days after they were made. */
export const webhooksRetention: RetentionRule<Db>[] = [
  { kind: 'webhook_delivery', purge: (db, cutoff) => deleteDeliveriesBefore(db, cutoff) },
];
