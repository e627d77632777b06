import type { CustodyAction, MediaType } from './contract';

/**
 * A photo or video of an incident. The files live on disk under config.evidenceDir, named by the id;
 * the original is kept as uploaded, the shared copy has its metadata (GPS, EXIF, XMP…) removed.
 */
export interface EvidenceTable {
  id: string;
  /** The report id of the incident; no foreign key: held evidence outlives its report. */
  incidentId: string;
  mediaType: MediaType;
  size: number;
  sha256Original: string;
  sha256Shared: string | null;
  shareable: number;
  createdAt: number;
  held: number;
  /** Uploaded by the anonymous reporter with the report's upload token, not by a member. */
  fromReporter: number;
  /** The hash of the newest custody entry, so that cutting entries off the end is noticed too. */
  custodyHead: string;
}

/** The chain of custody of one item: append-only (database triggers), each entry hashing the one before. */
export interface CustodyEntryTable {
  id: string;
  evidenceId: string;
  seq: number;
  at: number;
  /** Null: the anonymous reporter (uploading with the report's token). */
  memberId: string | null;
  action: CustodyAction;
  prevHash: string;
  hash: string;
}

export interface EvidenceTables {
  evidence: EvidenceTable;
  custodyEntry: CustodyEntryTable;
}
