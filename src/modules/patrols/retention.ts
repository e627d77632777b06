import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteSignupsOfShiftsEndedBefore } from './signups-repository';

/** config.retentionDays.patrol_signup days after a shift ends, who held a place on it is deleted; the shift's counts stay. */
export const patrolsRetention: RetentionRule<Db>[] = [{ kind: 'patrol_signup', purge: deleteSignupsOfShiftsEndedBefore }];
