import type { Qualification } from '../../core/qualifications';
import type { SessionState, TrainingLanguage, TrainingRsvpStatus } from './limits';

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

/** A course: what is taught, and the qualification attending one of its sessions grants. */
export interface TrainingCourseTable {
  id: string;
  /** In English; `translations` (JSON `{es?: {title?, description?}, …}`) may add the other languages. */
  title: string;
  description: string;
  translations: string;
  qualification: Qualification;
  /** A qualification earned at a session runs until the session's end plus this many months. */
  validityMonths: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/** A course's Markdown page in one language: handouts, printed or read on a phone. */
export interface TrainingMaterialTable {
  id: string;
  courseId: string;
  language: TrainingLanguage;
  title: string;
  body: string;
  /** Not yet reviewed (by a lawyer, say): shown with a note saying so. */
  draft: number;
  updatedAt: number;
  updatedBy: string | null;
  demo: number;
}

/** One time a course is taught, at a public place (which may be exact), in one language. */
export interface TrainingSessionTable {
  id: string;
  courseId: string;
  startsAt: number;
  endsAt: number;
  place: string;
  lat: number | null;
  lng: number | null;
  zoneId: string | null;
  language: TrainingLanguage;
  capacity: number;
  /**
   * Places taken by RSVPs that are going. Moved only by conditional updates under the session's row
   * lock, and a check constraint keeps it within 0…capacity: the database itself refuses overbooking.
   */
  taken: number;
  state: SessionState;
  cancelledAt: number | null;
  /** When the reminder went out, REMINDER_HOURS before the start; cleared when the start moves. */
  reminderSentAt: number | null;
  /** The key that signs this session's attendance codes (HMAC-SHA256). Never leaves the server. */
  attendanceSecret: string;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/** Who teaches a session: trusted members the organiser chose. They take its attendance. */
export interface TrainingTrainerTable {
  sessionId: string;
  memberId: string;
}

/** A member's place at a session (one row per member and session, renewed after a cancellation). */
export interface TrainingRsvpTable {
  id: string;
  sessionId: string;
  memberId: string;
  status: TrainingRsvpStatus;
  createdAt: number;
  updatedAt: number;
}

/** A member was there: recorded once, from a signed code the trainer showed. */
export interface TrainingAttendanceTable {
  sessionId: string;
  memberId: string;
  attendedAt: number;
}

export interface TrainingsTables {
  qualification: QualificationTable;
  trainingCourse: TrainingCourseTable;
  trainingMaterial: TrainingMaterialTable;
  trainingSession: TrainingSessionTable;
  trainingTrainer: TrainingTrainerTable;
  trainingRsvp: TrainingRsvpTable;
  trainingAttendance: TrainingAttendanceTable;
}
