import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteAttendanceBefore } from './meetings-repository';

/**
 * Meetings, proposals and the decision log are the assembly's records and stay. Who checked in at a
 * meeting goes `assembly_attendance` days after the check-in; the figure present at each vote stays
 * on its proposal.
 */
export const assembliesRetention: RetentionRule<Db>[] = [{ kind: 'assembly_attendance', purge: deleteAttendanceBefore }];
