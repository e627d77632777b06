import type { Activity, ReportSource, ReportState, VerificationMethod } from './contract';

/**
 * A sighting report, and — once confirmed — the incident that alerts, dispatch and evidence hang on
 * (their `incident_id` is this row's id). Location is coarse: a zone and an H3 cell. The exact point
 * exists only when the reporter opted in for this report.
 */
export interface ReportTable {
  id: string;
  state: ReportState;
  source: ReportSource;
  zoneId: string;
  cell: string | null;
  exactLat: number | null;
  exactLng: number | null;
  people: number;
  vehicles: number;
  activity: Activity;
  activityNote: string;
  /** Uniform and agency markings as seen — never an officer's name or badge number. */
  markings: string;
  equipment: string;
  seenAt: number;
  createdAt: number;
  /** The hotline dispatcher or patrol member who entered it; null for an anonymous report. */
  createdBy: string | null;
  /** Given only with explicit consent; deleted with the report. */
  callbackPhone: string | null;
  language: string;
  verifyingBy: string | null;
  verifyingSince: number | null;
  decidedAt: number | null;
  decidedBy: string | null;
  verificationMethod: VerificationMethod | null;
  decisionNote: string;
  mergedInto: string | null;
  /** A confirmed incident stays open until a dispatcher or verifier closes it. */
  closedAt: number | null;
  /** SHA-256 of the anonymous reporter's one-time token for attaching photos or video. */
  uploadTokenHash: string | null;
  uploadTokenExpiresAt: number | null;
}

export interface ReportsTables {
  report: ReportTable;
}
