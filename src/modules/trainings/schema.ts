import type { Qualification } from '../../core/qualifications';

/**
 * A member's qualification: earned at a training session (attendance scanned) or recorded by an
 * organiser for training done elsewhere. Valid from `earnedAt` until `expiresAt`, unless revoked.
 */
export interface QualificationTable {
  id: string;
  memberId: string;
  kind: Qualification;
  earnedAt: number;
  expiresAt: number;
  source: 'training' | 'recorded';
  /** The training session attended, when `source` is `training`. */
  sessionId: string | null;
  /** The organiser who recorded it, when `source` is `recorded`. */
  recordedBy: string | null;
  revokedAt: number | null;
  createdAt: number;
}

export interface TrainingsTables {
  qualification: QualificationTable;
}
