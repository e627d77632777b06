import { DAY } from '../../core/clock';
import type { Config } from '../../core/config';
import type { Logger } from '../../core/log';
import type { CaseDetail, CaseFields, Closing, Need, Note, Person } from './contract';
import type { FieldKey } from './field-crypto';
import type { FamilyCaseTable, FamilyNeedTable, FamilyNoteTable } from './schema';
import { rowSealer } from './sealing';

/** Names by member id, for the caseworkers and note authors a case shows. */
export type Names = Map<string, string>;

export const personOf = (names: Names, id: string): Person => ({ id, displayName: names.get(id) ?? '' });

/** When the purge deletes a case closed at `closedAt` (null while open, or when cases are kept). */
export function deletesAt(config: Config, closedAt: number | null): number | null {
  const days = config.retentionDays.family_case;
  return closedAt === null || !days ? null : closedAt + days * DAY;
}

export function openCaseFields(key: FieldKey, row: FamilyCaseTable, log: Logger): CaseFields & Omit<Closing, 'deletesAt'> {
  const { open } = rowSealer(key, 'family_case', row.id, log);
  return {
    label: open('label', row.label),
    contact: open('contact', row.contact),
    address: row.address === null ? null : open('address', row.address),
    household: open('household', row.household),
    language: open('language', row.language),
    state: row.state,
    closedAt: row.closedAt,
    closeReason: row.closeReason === null ? null : open('close_reason', row.closeReason),
  };
}

export function openNeed(key: FieldKey, row: FamilyNeedTable, log: Logger): Need {
  return {
    id: row.id,
    kind: row.kind,
    detail: rowSealer(key, 'family_need', row.id, log).open('detail', row.detail),
    state: row.state,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function openNote(key: FieldKey, row: FamilyNoteTable, names: Names, log: Logger): Note {
  return {
    id: row.id,
    body: rowSealer(key, 'family_note', row.id, log).open('body', row.body),
    author: row.authorId === null ? null : personOf(names, row.authorId),
    createdAt: row.createdAt,
  };
}

export interface CaseParts {
  needs: FamilyNeedTable[];
  notes: FamilyNoteTable[];
  caseworkerIds: string[];
  names: Names;
}

export function presentCase(key: FieldKey, row: FamilyCaseTable, parts: CaseParts, config: Config, log: Logger): CaseDetail {
  return {
    id: row.id,
    ...openCaseFields(key, row, log),
    deletesAt: deletesAt(config, row.closedAt),
    retentionDays: config.retentionDays.family_case,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    needs: parts.needs.map((n) => openNeed(key, n, log)),
    notes: parts.notes.map((n) => openNote(key, n, parts.names, log)),
    caseworkers: parts.caseworkerIds.map((id) => personOf(parts.names, id)),
    demo: row.demo === 1,
  };
}
