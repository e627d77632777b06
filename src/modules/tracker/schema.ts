import type { ActionKind } from './kinds';

/**
 * A labour or community action (strike, walkout, closure…), from the ILR tracker's CSV or entered
 * by an organiser. Public data: it names employers and organisations, never a person.
 */
export interface ActionTable {
  id: string;
  /** The ILR `ID` (or, for an action entered here, its own id): re-importing a file updates, never duplicates. */
  externalId: string;
  kind: ActionKind;
  employer: string;
  /** Labour organisations, a JSON list of names. */
  organisations: string;
  local: string | null;
  industry: string | null;
  bargainingUnitSize: number | null;
  /** The "Number of Locations" the source gives, which may exceed the locations it lists. */
  locationCount: number | null;
  /**
   * Calendar dates as `YYYY-MM-DD`: an action happens on a day where it is, not at an instant, so
   * these are not epoch times. The text sorts and compares in date order.
   */
  startDate: string;
  endDate: string | null;
  durationAmount: number | null;
  durationUnit: string | null;
  /** 1 yes, 0 no, null not known. */
  authorized: number | null;
  /** A JSON list of demands. */
  demands: string;
  /** Approximate number of people taking part; null is "not known", never 0. */
  participants: number | null;
  notes: string | null;
  /** SHA-256 of the action's content: a re-import of an unchanged row writes nothing. */
  contentHash: string;
  /** When an organiser verified it; null while unverified. */
  verifiedAt: number | null;
  demo: number;
  createdAt: number;
  updatedAt: number;
}

/** One place an action happened; an action may have many (a chain's stores, a city's schools). */
export interface ActionLocationTable {
  actionId: string;
  /** Order as listed in the source, from 0; the ILR layout lines up locations by position. */
  position: number;
  address: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  lat: number | null;
  lng: number | null;
  /** Normalised city and state (see places.ts) for the place filter and the distinct-city count. */
  cityKey: string | null;
  stateKey: string | null;
}

export interface ActionSourceTable {
  actionId: string;
  position: number;
  /** A URL or a description of where the report came from. */
  source: string;
}

export type ActionImportState = 'running' | 'done' | 'failed';

/** One CSV import, so the page can show its progress and the rows it refused. */
export interface ActionImportTable {
  id: string;
  state: ActionImportState;
  /** Data rows in the file, good or bad. */
  totalRows: number;
  /** Rows that passed every check and are to be written. */
  goodRows: number;
  /** Good rows written so far. */
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Problems by line and column, a JSON list (at most IMPORT_ERRORS_KEPT of them). */
  errors: string;
  errorCount: number;
  /** Rows with at least one problem: none of their content was imported. */
  badRows: number;
  /** Why the import stopped, when it failed part way (its written batches stay: re-import to finish). */
  failure: string | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export interface TrackerTables {
  action: ActionTable;
  actionLocation: ActionLocationTable;
  actionSource: ActionSourceTable;
  actionImport: ActionImportTable;
}
