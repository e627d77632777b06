import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { deleteQualificationsLapsedBefore } from './qualifications-repository';
import { deleteSessionsEndedBefore } from './sessions-repository';

/**
 * `training_attendance` days after a session ends, it goes with its RSVPs, attendance and trainers
 * (the qualifications it granted stay); `qualification_expired` days after a qualification lapsed or
 * was revoked, it goes too.
 */
export const trainingsRetention: RetentionRule<Db>[] = [
  { kind: 'training_attendance', purge: deleteSessionsEndedBefore },
  { kind: 'qualification_expired', purge: deleteQualificationsLapsedBefore },
];
