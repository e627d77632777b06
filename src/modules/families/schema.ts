import type { NeedKind } from './limits';

export type CaseState = 'open' | 'closed';
export type NeedState = 'open' | 'met';

/**
 * A household supported after a detention. Every free-text column holds a sealed value
 * (`v1.<nonce>.<ciphertext>`, see field-crypto.ts) bound to its row and column: only ids, states,
 * times, need kinds and assignments are plain (R-ENC-1). No status or ID number is ever asked (R-DATA-1).
 */
export interface FamilyCaseTable {
  id: string;
  state: CaseState;
  /** Sealed: a pseudonymous label such as "Household at Cedar 3". */
  label: string;
  /** Sealed: how to reach the household. */
  contact: string;
  /** Sealed, optional. */
  address: string | null;
  /** Sealed: children's ages, language, school. */
  household: string;
  /** Sealed: the language the household prefers. */
  language: string;
  /** Sealed, set on closing. */
  closeReason: string | null;
  openedBy: string | null;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  demo: number;
}

export interface FamilyNeedTable {
  id: string;
  caseId: string;
  kind: NeedKind;
  /** Sealed: a short description. */
  detail: string;
  state: NeedState;
  createdAt: number;
  updatedAt: number;
}

export interface FamilyNoteTable {
  id: string;
  caseId: string;
  authorId: string | null;
  /** Sealed. */
  body: string;
  createdAt: number;
}

/** Which caseworkers may read and write a case: nobody else may, admin included. */
export interface FamilyAssignmentTable {
  caseId: string;
  memberId: string;
  assignedBy: string | null;
  assignedAt: number;
}

/**
 * One row: a constant sealed with the key the network first ran with, so a node started with another
 * key can say so (503 families_key_wrong) instead of answering garbage. It is ciphertext, not the key.
 */
export interface FamilyKeyCheckTable {
  id: string;
  sealed: string;
  createdAt: number;
}

export interface FamiliesTables {
  familyCase: FamilyCaseTable;
  familyNeed: FamilyNeedTable;
  familyNote: FamilyNoteTable;
  familyAssignment: FamilyAssignmentTable;
  familyKeyCheck: FamilyKeyCheckTable;
}
