import { readCsv } from '../../../core/csv/csv';
import { unguardCell } from '../../../core/csv/spreadsheet-safe';
import { badRequest } from '../../../core/errors';
import type { ImportPreset } from '../limits';
import { holdsCardNumber } from './cells';
import { ColumnError, type ImportItem, presetFor } from './presets';

/**
 * A processor export, read and checked without touching the database: pure text in, donations and
 * refunds out, with every row that is not one said (skipped) and every row that is wrong said by line
 * and column (problems). The caller writes nothing while there is a problem.
 */

export interface RowNote {
  line: number;
  column?: string;
  message: string;
}

export interface ParsedImport {
  preset: ImportPreset;
  /** Data rows read (blank lines excluded). */
  rows: number;
  items: ImportItem[];
  skipped: RowNote[];
  problems: RowNote[];
}

const columnName = (headers: string[], i: number) => headers[i]?.trim() || `column ${i + 1}`;

/**
 * Card data is never stored, so a file holding a full card number is refused whole, before anything
 * else is read from it; the answer names the cell but never repeats the number.
 */
function refuseCardNumbers(records: { line: number; fields: string[] }[], headers: string[]) {
  for (const { line, fields } of records) {
    const at = fields.findIndex(holdsCardNumber);
    if (at >= 0)
      throw badRequest(
        'card_number_in_file',
        `Line ${line}, column "${columnName(headers, at)}" looks like a full card number. Whistle never takes card data: remove that column or value and try again.`,
        'csv',
      );
  }
}

export function parseImport(text: string): ParsedImport {
  const records = [...readCsv(text)];
  const headers = records[0]?.fields ?? [];
  refuseCardNumbers(records, headers);
  const preset = presetFor(headers);
  if (!preset)
    throw badRequest(
      'unknown_csv_format',
      'The first line is not the header of a Stripe payments export, a PayPal activity download, or id,date,amount[,currency,name].',
      'csv',
    );
  const index = new Map(headers.map((h, i) => [h.trim().toLowerCase(), i] as const));
  const display = (column: string) => headers[index.get(column) ?? -1]?.trim() || column;
  const parsed: ParsedImport = { preset: preset.name, rows: records.length - 1, items: [], skipped: [], problems: [] };
  for (const record of records.slice(1)) {
    const { line, fields } = record;
    if (record.error) {
      parsed.problems.push({ line, message: record.error });
      continue;
    }
    if (fields.length !== headers.length) {
      parsed.problems.push({ line, message: `has ${fields.length} cells; the header has ${headers.length}` });
      continue;
    }
    // A processor's own export carries no formula guard; one that went through a spreadsheet may.
    const cell = (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : unguardCell(fields[i]).trim();
    };
    try {
      const outcome = preset.read(cell, line);
      if ('skip' in outcome) parsed.skipped.push({ line, message: outcome.skip });
      else parsed.items.push(...outcome);
    } catch (err) {
      if (!(err instanceof ColumnError)) throw err;
      parsed.problems.push({ line, column: display(err.column), message: err.message });
    }
  }
  return parsed;
}
