import type { ImportPreset } from '../limits';
import { keys } from '../postings';
import { CellError, parseCents, parseInstant } from './cells';

/**
 * The export layouts the import knows, told apart by their header row. Only the columns below are
 * read; every other column (card brand, last four, expiry, fingerprint, e-mail, address…) is never
 * looked at and never stored.
 */

/** What one row becomes: a donation, a refund of one, or a reason it is neither. */
export type ImportItem =
  | { kind: 'donation'; line: number; externalId: string; cents: number; at: number; donorName: string | null }
  | {
      kind: 'refund';
      line: number;
      /** The processor's id of the donation refunded. */
      of: string;
      cents: number;
      key: string;
      /** Stripe states the total refunded so far (post the difference); PayPal a row per refund. */
      cumulative: boolean;
    };

export type RowOutcome = ImportItem[] | { skip: string };

/** A cell by header name (case-insensitive); '' when the column is absent. */
export type CellOf = (column: string) => string;

export interface Preset {
  name: ImportPreset;
  /** Header names, lower-case, that must all be present. */
  required: string[];
  read(cell: CellOf, line: number): RowOutcome;
}

/** Reads a cell with a parser; a failure names the column it is about. */
export class ColumnError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}
function read<T>(column: string, cell: CellOf, parse: (raw: string) => T): T {
  try {
    return parse(cell(column));
  } catch (err) {
    if (err instanceof CellError) throw new ColumnError(column, err.message);
    throw err;
  }
}

const required = (column: string, cell: CellOf) =>
  read(column, cell, (raw) => {
    if (!raw) throw new CellError('is empty');
    return raw;
  });

function usd(column: string, cell: CellOf) {
  read(column, cell, (raw) => {
    if (raw && raw.toUpperCase() !== 'USD') throw new CellError(`"${raw}" is not USD: convert it and record it by hand`);
  });
}

const positive = (column: string, cell: CellOf) =>
  read(column, cell, (raw) => {
    const cents = parseCents(raw);
    if (cents <= 0) throw new CellError('must be more than zero for a payment');
    return cents;
  });

const STRIPE_SUCCEEDED = new Set(['paid', 'succeeded', 'refunded', 'partially refunded']);

const stripe: Preset = {
  name: 'stripe',
  required: ['id', 'created (utc)', 'amount', 'currency', 'status'],
  read(cell, line) {
    const status = cell('status').toLowerCase();
    if (cell('captured').toLowerCase() === 'false') return { skip: 'not captured' };
    if (!STRIPE_SUCCEEDED.has(status)) return { skip: `status "${cell('status')}", not a completed payment` };
    usd('currency', cell);
    const externalId = required('id', cell);
    const cents = positive('amount', cell);
    const refunded = read('amount refunded', cell, (raw) => (raw ? parseCents(raw) : 0));
    if (refunded < 0 || refunded > cents) throw new ColumnError('amount refunded', 'must be between 0 and the amount');
    const at = read('created (utc)', cell, (raw) => parseInstant(raw));
    const items: ImportItem[] = [{ kind: 'donation', line, externalId, cents, at, donorName: cell('customer description') || null }];
    if (refunded > 0)
      items.push({
        kind: 'refund',
        line,
        of: externalId,
        cents: refunded,
        key: keys.importedRefund('stripe', externalId, refunded),
        cumulative: true,
      });
    return items;
  },
};

/** PayPal rows that move money without being a gift (conversions, bank transfers, holds). */
const PAYPAL_NOT_GIFTS = /conversion|deposit|transfer|withdrawal|hold|authori[sz]ation|fee/i;

const paypal: Preset = {
  name: 'paypal',
  required: ['date', 'type', 'status', 'currency', 'gross', 'transaction id'],
  read(cell, line) {
    if (cell('status').toLowerCase() !== 'completed') return { skip: `status "${cell('status')}", not a completed payment` };
    const type = cell('type');
    if (PAYPAL_NOT_GIFTS.test(type)) return { skip: `"${type}" is not a donation` };
    usd('currency', cell);
    const externalId = required('transaction id', cell);
    const gross = read('gross', cell, parseCents);
    const at = read('date', cell, (raw) => parseInstant(raw, cell('time'), cell('timezone')));
    if (gross > 0) return [{ kind: 'donation', line, externalId, cents: gross, at, donorName: cell('name') || null }];
    if (gross < 0 && /refund|reversal/i.test(type)) {
      const of = required('reference txn id', cell);
      return [{ kind: 'refund', line, of, cents: -gross, key: keys.refundRow('paypal', externalId), cumulative: false }];
    }
    return { skip: gross === 0 ? 'zero amount' : `"${type}": money going out is not a donation` };
  },
};

const generic: Preset = {
  name: 'generic',
  required: ['id', 'date', 'amount'],
  read(cell, line) {
    usd('currency', cell);
    const externalId = required('id', cell);
    const cents = read('amount', cell, parseCents);
    const at = read('date', cell, (raw) => parseInstant(raw));
    if (cents < 0) return { skip: 'a refund: this layout does not say which donation it refunds, so reverse that donation on this page' };
    if (cents === 0) return { skip: 'zero amount' };
    return [{ kind: 'donation', line, externalId, cents, at, donorName: cell('name') || null }];
  },
};

/** The layout whose required headers are all present; the most specific first. */
export function presetFor(headers: readonly string[]): Preset | null {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  return [stripe, paypal, generic].find((p) => p.required.every((column) => present.has(column))) ?? null;
}
