import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteReportsEndedBefore } from './repository';

export const reportsRetention: RetentionRule<Db>[] = [{ kind: 'report', purge: deleteReportsEndedBefore }];
