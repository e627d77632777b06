import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteCasesClosedBefore } from './repository';

/**
 * A case goes config.retentionDays.family_case days after it was closed, with its needs, notes and
 * assignments. Aid requests and disbursements linked to it are other modules' records, with their own
 * retention: their link to the case is set to null.
 */
export const familiesRetention: RetentionRule<Db>[] = [{ kind: 'family_case', purge: deleteCasesClosedBefore }];
