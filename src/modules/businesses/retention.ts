import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteUnverifiedBefore, eraseContactsBefore } from './repository';

/**
 * A business's private contact goes config.retentionDays.business_contact days after it signed up;
 * sign-ups no organiser verified go after business_unverified days.
 */
export const businessesRetention: RetentionRule<Db>[] = [
  { kind: 'business_contact', purge: eraseContactsBefore },
  { kind: 'business_unverified', purge: deleteUnverifiedBefore },
];
