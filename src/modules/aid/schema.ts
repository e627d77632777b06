import type { AidKind, RequestState, Vehicle } from './limits';

export type ClaimState = 'claimed' | 'in_progress' | 'done' | 'released' | 'expired' | 'cancelled';
export type ConfirmedBy = 'household' | 'filer';

/**
 * A request for help. Volunteers see its kind, zone, coarse cell, details, languages and window; the
 * household's name, exact point, address, contact and private notes are for the filer and, after a
 * claim, for the volunteer holding it (each reveal audited). The whole row goes N days after the
 * request ends (retention kind `aid_request`).
 */
export interface AidRequestTable {
  id: string;
  kind: AidKind;
  state: RequestState;
  zoneId: string;
  /** H3 res-8 cell (~500 m) of the point, when the filer gave one. */
  cell: string | null;
  /** Private: the exact point, when given. */
  lat: number | null;
  lng: number | null;
  /** Private. */
  address: string | null;
  /** Private: how to reach the household. */
  contact: string;
  /** Private: first name or pseudonym, when filed on someone's behalf. */
  householdName: string | null;
  /** Shown to volunteers: what is needed (no names, no status). */
  details: string;
  /** Private, revealed with the address. */
  privateNotes: string;
  /** JSON text: languages the household speaks (AID_LANGUAGES). */
  languages: string;
  /** For a translation: the language needed. */
  translationLanguage: string | null;
  /** For rent/bills: what was asked for, if said. */
  amountCents: number | null;
  neededFrom: number | null;
  neededBy: number | null;
  /** Who filed it: the household's own member, or an operator, caseworker or organiser. */
  filedBy: string | null;
  onBehalf: number;
  caseId: string | null;
  /** SHA-256 of the receipt link's secret (on-behalf requests); the secret itself is never stored. */
  receiptTokenHash: string | null;
  createdAt: number;
  updatedAt: number;
  doneAt: number | null;
  /** The fund paid it (rent/bills). */
  paidAt: number | null;
  cancelledAt: number | null;
  confirmedAt: number | null;
  confirmedBy: ConfirmedBy | null;
  /** Last of done / cancelled / confirmed: retention counts from here. */
  closedAt: number | null;
  demo: number;
}

/**
 * A volunteer's hold on a request. At most one claim per request is active (claimed or in progress):
 * a partial unique index says so, whatever the application does.
 */
export interface AidClaimTable {
  id: string;
  requestId: string;
  memberId: string;
  state: ClaimState;
  claimedAt: number;
  /** A claim not confirmed by then lapses; null once confirmed. */
  leaseExpiresAt: number | null;
  confirmedAt: number | null;
  endedAt: number | null;
}

/** What a volunteer can do and where; no row means no filter. */
export interface AidVolunteerTable {
  memberId: string;
  /** JSON text: zone ids; empty means every zone. */
  zoneIds: string;
  /** JSON text: Skill[]. */
  skills: string;
  /** JSON text: languages the volunteer speaks (for translation). */
  languages: string;
  vehicle: Vehicle;
  updatedAt: number;
}

/** A member offering help, for coordinators to ask them about a specific request. */
export interface AidOfferTable {
  id: string;
  memberId: string;
  kind: AidKind;
  /** JSON text: zone ids; empty means anywhere. */
  zoneIds: string;
  availability: string;
  note: string;
  /** The offer lapses after this. */
  until: number;
  createdAt: number;
  withdrawnAt: number | null;
  demo: number;
}

export interface AidTables {
  aidRequest: AidRequestTable;
  aidClaim: AidClaimTable;
  aidVolunteer: AidVolunteerTable;
  aidOffer: AidOfferTable;
}
