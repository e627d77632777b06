import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { purgeImportJobs } from './import-job';

/** Actions are public records and stay; an import's job (its progress and the problems it found) goes after the period. */
export const trackerRetention: RetentionRule<Db>[] = [{ kind: 'tracker_import', purge: purgeImportJobs }];
