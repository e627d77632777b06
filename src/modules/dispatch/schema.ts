import type { OfferState } from './contract';

/** A responder is on duty for a zone: confirmed incidents there reach them as offers. */
export interface ResponderDutyTable {
  memberId: string;
  zoneId: string;
  since: number;
}

/** The dispatch of one confirmed incident; its key is the report's id, so every node opens it once. */
export interface DispatchCaseTable {
  reportId: string;
  zoneId: string;
  openedAt: number;
  /** When the call went out to neighbouring zones because nobody had accepted in time. */
  widenedAt: number | null;
  /** When the incident was closed; retention counts from here. */
  closedAt: number | null;
}

/** One responder's part in a case: offered → accepted (ETA) → on scene → cleared, or declined / expired. */
export interface DispatchOfferTable {
  id: string;
  reportId: string;
  memberId: string;
  /** 0: on duty in the incident's zone; 1: in a neighbouring zone, reached by widening. */
  ring: number;
  state: OfferState;
  offeredAt: number;
  expiresAt: number;
  etaMinutes: number | null;
  acceptedAt: number | null;
  onSceneAt: number | null;
  /** When it was cleared, declined or expired. */
  endedAt: number | null;
}

/** A legal observer's checklist entry: what the agency did and its markings — never who its people are. */
export interface DispatchChecklistTable {
  id: string;
  offerId: string;
  reportId: string;
  memberId: string | null;
  observedAt: number;
  whatSeen: string;
  agencyMarkings: string;
  vehicleMarkings: string;
  peopleCount: number | null;
  notes: string;
  createdAt: number;
}

export interface DispatchTables {
  responderDuty: ResponderDutyTable;
  dispatchCase: DispatchCaseTable;
  dispatchOffer: DispatchOfferTable;
  dispatchChecklist: DispatchChecklistTable;
}
