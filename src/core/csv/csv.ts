// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (CRLF, LF or a lone CR).
// Records carry the line they start on, so an error can name the line a person sees in their editor
// even after a multi-line quoted field.

export interface CsvRecord {
  /** 1-based line of the file on which this record starts. */
  line: number;
  fields: string[];
  /** Set when the record is malformed; its fields are then a best effort and must not be trusted. */
  error?: string;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

const isBreak = (c: number) => c === LF || c === CR;

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) breaks++;
  }
  return breaks;
}

function endOfUnquoted(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === COMMA || isBreak(c)) break;
    i++;
  }
  return i;
}

/** Reads records one at a time; blank lines are skipped. */
export function* readCsv(text: string): Generator<CsvRecord> {
  const n = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const blank = isBreak(text.charCodeAt(i));
    const fields: string[] = [];
    let error: string | undefined;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openedOn = line;
        let pieces = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            error ??= `a quoted field opened on line ${openedOn} is never closed`;
            line += countBreaks(text, from, n);
            value = pieces + text.slice(from);
            i = n;
            break;
          }
          line += countBreaks(text, from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            pieces += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value = pieces + text.slice(from, close);
          i = close + 1;
          break;
        }
        if (i < n && text.charCodeAt(i) !== COMMA && !isBreak(text.charCodeAt(i))) {
          error ??= `unexpected text after a closing quote on line ${line}`;
          const end = endOfUnquoted(text, i);
          value += text.slice(i, end);
          i = end;
        }
      } else {
        const end = endOfUnquoted(text, i);
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      if (i >= n) break;
      if (text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (blank) continue;
    yield error === undefined ? { line: startLine, fields } : { line: startLine, fields, error };
  }
}

export function parseCsv(text: string): CsvRecord[] {
  return [...readCsv(text)];
}

type CsvValue = string | number | boolean | null | undefined;

function csvField(value: CsvValue, onlyField: boolean): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A lone empty field must be quoted, or the row would read back as a blank line and vanish;
  // a leading byte-order mark must be quoted, or a reader would strip it as the file's BOM.
  if ((onlyField && text === '') || /^\uFEFF|[",\r\n]/.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Writes rows as RFC 4180 CSV (CRLF line ends). readCsv(toCsv(rows)) gives the rows back. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map((value) => csvField(value, row.length === 1)).join(',')}\r\n`).join('');
}
