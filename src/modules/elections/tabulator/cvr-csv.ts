import { readCsv } from '../../../core/csv/csv';
import { fail, shown } from './input-error';
import { type CastVoteRecord, type CvrSource, OVERVOTE, UNDECLARED_WRITE_IN } from './types';

/**
 * A rankings CSV: one ballot per row, one column per rank holding a candidate's name (or alias).
 * Rows before `firstVoteRowIndex` are headers; the rank columns start at `firstVoteColumnIndex` and
 * there are `maxRankingsAllowed` of them (later columns are not read). A blank cell or the
 * `skippedRankLabel` is a skipped rank; `overvoteLabel` is an overvote; `undeclaredWriteInLabel` a
 * write-in; with `overvoteDelimiter` a cell may hold several names, which is an overvote too. Rows
 * are counted as records, so a quoted field over several lines is one row; blank lines are ignored.
 * Errors name the file, line and column.
 */

function cellLabels(cell: string, source: CvrSource, where: string): string[] {
  if (cell === '') return source.treatBlankAsUndeclaredWriteIn ? [UNDECLARED_WRITE_IN] : [];
  if (cell === source.skippedRankLabel) return [];
  const parts = source.overvoteDelimiter ? cell.split(source.overvoteDelimiter).map((p) => p.trim()) : [cell];
  if (parts.some((p) => p === '')) fail(where, `${shown(cell)} has an empty name between the overvote delimiters`);
  return parts.map((p) => (p === source.overvoteLabel ? OVERVOTE : p === source.undeclaredWriteInLabel ? UNDECLARED_WRITE_IN : p));
}

function readCount(fields: string[], column: number, where: string): number {
  const raw = (fields[column - 1] ?? '').trim();
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw)))
    return fail(`${where}, column ${column}`, `the ballot count must be a whole number ≥ 1, got ${shown(raw)}`);
  return Number(raw);
}

/** Reads the ballots of a rankings CSV; `file` names it in errors. */
export function readRankingsCsv(text: string, source: CvrSource, maxRankings: number, file: string): CastVoteRecord[] {
  const records: CastVoteRecord[] = [];
  let row = 0;
  for (const record of readCsv(text)) {
    row++;
    if (row < source.firstVoteRowIndex) continue;
    const where = `${file} line ${record.line}`;
    if (record.error) fail(where, record.error);
    const { fields } = record;
    const rankings: Array<[number, string]> = [];
    for (let rank = 1; rank <= maxRankings; rank++) {
      const column = source.firstVoteColumnIndex + rank - 1;
      for (const label of cellLabels((fields[column - 1] ?? '').trim(), source, `${where}, column ${column}`)) rankings.push([rank, label]);
    }
    const id = source.idColumnIndex ? (fields[source.idColumnIndex - 1] ?? '').trim() : '';
    const count = source.countColumnIndex ? readCount(fields, source.countColumnIndex, where) : 1;
    records.push({ id: id || `${file}:${record.line}`, rankings, count, origin: where });
  }
  return records;
}
