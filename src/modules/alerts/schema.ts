import type { AlertState, EventKind, Template } from './contract';

/**
 * An alert made from a confirmed report. Its text is rendered once, in every language, when it is
 * made, so the page, the push and the CAP export say the same words. Who verified it is kept for the
 * audit trail and R-BCAST-1, and is never shown (members see "a verifier" / "two verifiers").
 */
export interface AlertTable {
  id: string;
  reportId: string;
  /** The report's zone: always a target, listed first. */
  zoneId: string;
  template: Template;
  state: AlertState;
  /** JSON: {en,es,so,hmn} × {headline, body, instruction}. */
  messages: string;
  note: string;
  /** Set when the targets were chosen by radius around the report's cell centre (else neighbours). */
  radiusKm: number | null;
  /** Members watching a target zone when it was sent (or, while waiting, when it was made). */
  audience: number;
  seenAt: number;
  createdAt: number;
  firstVerifierId: string | null;
  /** R-BCAST-1: a different verifier, needed when the audience is over the limit. */
  secondVerifierId: string | null;
  sentAt: number | null;
  expiresAt: number;
  /** All-clear, cancel or expiry; expiry records `expiresAt` itself. */
  endedAt: number | null;
}

export interface AlertTargetTable {
  alertId: string;
  zoneId: string;
  addedAt: number;
}

/** Each event members may see; its id (UUIDv7, sortable) is the SSE event id they resume from. */
export interface AlertUpdateTable {
  id: string;
  alertId: string;
  kind: EventKind;
  /** For `moved`: the zone it moved to. */
  zoneId: string | null;
  note: string;
  /** JSON like `alert.messages`, for this event. */
  messages: string;
  createdAt: number;
  createdBy: string | null;
}

export interface AlertsTables {
  alert: AlertTable;
  alertTarget: AlertTargetTable;
  alertUpdate: AlertUpdateTable;
}
