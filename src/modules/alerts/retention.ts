import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteAlertsEndedBefore } from './repository';

/** An alert ends at its all-clear, cancel or expiry; its targets and events go with it. */
export const alertsRetention: RetentionRule<Db>[] = [{ kind: 'alert', purge: deleteAlertsEndedBefore }];
