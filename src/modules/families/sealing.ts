import { AppError } from '../../core/errors';
import type { Logger } from '../../core/log';
import { decryptField, encryptField, FieldDecryptError, type FieldKey, fieldAad } from './field-crypto';

/** The tables whose free-text columns are sealed, and those columns. */
export const SEALED_COLUMNS = {
  family_case: ['label', 'contact', 'address', 'household', 'language', 'close_reason'],
  family_need: ['detail'],
  family_note: ['body'],
} as const;
export type SealedTable = keyof typeof SEALED_COLUMNS;
export type SealedColumn<T extends SealedTable> = (typeof SEALED_COLUMNS)[T][number];

/** One row's sealer and opener: each value is bound to this table, row id and column (see fieldAad). */
export function rowSealer<T extends SealedTable>(key: FieldKey, table: T, rowId: string, log?: Logger) {
  return {
    seal: (column: SealedColumn<T>, text: string) => encryptField(key, text, fieldAad(table, rowId, column)),
    open(column: SealedColumn<T>, sealed: string): string {
      try {
        return decryptField(key, sealed, fieldAad(table, rowId, column));
      } catch (err) {
        if (!(err instanceof FieldDecryptError)) throw err;
        // Which row and column, and the kind of failure: never the value.
        log?.error('families: a sealed field did not open', { table, rowId, column, reason: err.reason });
        throw unreadable();
      }
    },
  };
}

/** A value that was altered, or copied from another row or column: refused rather than shown wrong. */
export const unreadable = () =>
  new AppError(
    500,
    'family_case_unreadable',
    'Part of this case could not be decrypted: it was changed or moved in the database. Nothing of it is shown; tell an admin.',
  );
