// Import of the Cornell ILR Labor Action Tracker CSV layout. Pure: text in, typed actions and
// line-numbered errors out. A row with any problem yields errors and no action, never half a row.
import { z } from '@hono/zod-openapi';
import { readCsv } from '../../core/csv/csv';
import { unguardCell } from '../../core/csv/spreadsheet-safe';
import { type TrackerActionInput, type TrackerLocation, trackerActionInput } from './action-input';
import { kindFromIlr } from './kinds';

export const ILR_COLUMNS = {
  externalId: 'ID',
  employer: 'Employer',
  organisations: 'Labor Organization',
  local: 'Local',
  industry: 'Industry',
  bargainingUnitSize: 'Bargaining Unit Size',
  locationCount: 'Number of Locations',
  address: 'Address',
  city: 'City',
  state: 'State',
  zip: 'Zip Code',
  latLng: 'Latitude, Longitude',
  participants: 'Approximate Number of Participants',
  startDate: 'Start Date',
  endDate: 'End Date',
  durationAmount: 'Duration Amount',
  durationUnit: 'Duration Unit',
  kind: 'Strike or Protest',
  authorized: 'Authorized',
  demands: 'Worker Demands',
  sources: 'Source',
  notes: 'Notes',
} as const;
type Column = keyof typeof ILR_COLUMNS;

/** Without these a row cannot become an action; other columns may be absent and read as empty. */
const REQUIRED_COLUMNS: readonly Column[] = ['externalId', 'employer', 'city', 'state', 'startDate'];

const isoDate = z.iso.date();

export interface ImportError {
  line: number;
  column?: string;
  message: string;
}

/** A good row: the action it describes and the line of the file on which it starts. */
export interface ImportedAction {
  line: number;
  action: TrackerActionInput;
}

export interface IlrImportResult {
  actions: ImportedAction[];
  errors: ImportError[];
  /** Data rows read (blank lines excluded), good or bad. */
  rows: number;
}

class CellError extends Error {
  constructor(
    message: string,
    readonly column?: Column,
  ) {
    super(message);
  }
}

const text = (raw: string): string | null => raw.trim() || null;

function required(raw: string): string {
  const value = raw.trim();
  if (!value) throw new CellError('is required');
  return value;
}

const items = (raw: string) => raw.split(';').map((item) => item.trim());

/** `;`-separated values kept by position (an empty item stays, as a gap); a trailing `;` is ignored. */
function positional(raw: string): string[] {
  const list = items(raw);
  while (list.length > 0 && list.at(-1) === '') list.pop();
  return list;
}

const distinct = (items: string[]): string[] => [...new Set(items.filter((item) => item !== ''))];

/** A whole number, with or without thousands commas. The tracker writes 0 for "not known": that is null. */
function wholeNumber(raw: string): number | null {
  const value = raw.trim();
  if (!value) return null;
  if (!/^(\d{1,3}(,\d{3})+|\d+)$/.test(value)) throw new CellError(`"${value}" is not a whole number`);
  return Number(value.replaceAll(',', '')) || null;
}

function amount(raw: string): number | null {
  const value = raw.trim();
  if (!value) return null;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new CellError(`"${value}" is not a number`);
  return Number(value) || null;
}

function date(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const parts =
    /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [year, month, day] = parts === null ? [] : value.includes('/') ? [parts[3], parts[1], parts[2]] : [parts[1], parts[2], parts[3]];
  const iso = parts === null ? '' : `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (!isoDate.safeParse(iso).success) throw new CellError(`"${value}" is not a date; use YYYY-MM-DD or M/D/YYYY`);
  return iso;
}

function requiredDate(raw: string): string {
  const value = date(raw);
  if (value === null) throw new CellError('is required');
  return value;
}

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0']);
const UNKNOWN = new Set(['', 'unknown', 'n/a', 'na']);

function authorized(raw: string): boolean | null {
  const value = raw.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  if (UNKNOWN.has(value)) return null;
  throw new CellError(`"${raw.trim()}" is not yes or no`);
}

/** Plain decimals, and the exponent form a program may write for a coordinate very near 0. */
const DECIMAL = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
const POINT = new RegExp(`^(${DECIMAL})\\s*,\\s*(${DECIMAL})$`, 'i');

function coordinates(item: string): { lat: number | null; lng: number | null } {
  if (item === '') return { lat: null, lng: null };
  const match = POINT.exec(item);
  if (!match) throw new CellError(`"${item}" is not a "latitude, longitude" pair`, 'latLng');
  return { lat: Number(match[1]), lng: Number(match[2]) };
}

const LOCATION_TEXT = ['address', 'city', 'state', 'zip'] as const;

/**
 * Several locations are written as `;`-separated lists that line up by position; a single value
 * (a state, say) applies to every location. Coordinates must be given for all or none: one point
 * copied onto every location would stack separate actions on one spot of the map.
 */
function locations(cell: (column: Column) => string): TrackerLocation[] {
  const trimmed = Object.fromEntries([...LOCATION_TEXT, 'latLng' as const].map((column) => [column, positional(cell(column))])) as Record<
    (typeof LOCATION_TEXT)[number] | 'latLng',
    string[]
  >;
  const size = Math.max(...Object.values(trimmed).map((list) => list.length));
  // Empty trailing items are gaps when the list has room for them ("1 Main St; ; " for three
  // locations, as export writes it); beyond that they are a stray separator.
  const fitted = (column: keyof typeof trimmed) => {
    const all = items(cell(column));
    return all.length >= size ? all.slice(0, size) : trimmed[column];
  };
  const lists = Object.fromEntries(LOCATION_TEXT.map((column) => [column, fitted(column)])) as Record<
    (typeof LOCATION_TEXT)[number],
    string[]
  >;
  const points = trimmed.latLng.length === 0 ? [] : fitted('latLng');
  const longest = ILR_COLUMNS[LOCATION_TEXT.find((column) => lists[column].length === size) ?? 'latLng'];
  for (const column of LOCATION_TEXT) {
    const length = lists[column].length;
    if (length > 1 && length !== size) {
      throw new CellError(`lists ${length} locations but ${longest} lists ${size}; separate locations with ";" in the same order`, column);
    }
  }
  if (points.length > 0 && points.length !== size) {
    throw new CellError(
      `lists ${points.length} points but ${longest} lists ${size} locations; give a point for every location or none`,
      'latLng',
    );
  }
  const parsed = points.map(coordinates);
  const at = (items: string[], index: number) => (items.length === 1 ? items[0] : items[index]) || null;
  return Array.from({ length: size }, (_, index) => ({
    address: at(lists.address, index),
    city: at(lists.city, index),
    state: at(lists.state, index),
    zip: at(lists.zip, index),
    ...(parsed[index] ?? { lat: null, lng: null }),
  })).filter((place) => Object.values(place).some((value) => value !== null));
}

function columnOf(path: readonly PropertyKey[]): string {
  const [field, , part] = path;
  // A rule over all locations (points for all or none) has no part: it is about the coordinates.
  if (field === 'locations')
    return part === undefined || part === 'lat' || part === 'lng' ? ILR_COLUMNS.latLng : ILR_COLUMNS[part as Column];
  return ILR_COLUMNS[field as Column] ?? String(field);
}

function readRow(cell: (column: Column) => string, line: number): { action: TrackerActionInput | null; problems: ImportError[] } {
  const problems: ImportError[] = [];
  const read = <T>(column: Column, parse: (raw: string) => T): T => {
    try {
      return parse(cell(column));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ line, column: ILR_COLUMNS[error.column ?? column], message: error.message });
      return null as T;
    }
  };
  const candidate = {
    externalId: read('externalId', required),
    employer: read('employer', required),
    organisations: read('organisations', (raw) => distinct(positional(raw))),
    local: read('local', text),
    industry: read('industry', text),
    bargainingUnitSize: read('bargainingUnitSize', wholeNumber),
    locationCount: read('locationCount', wholeNumber),
    locations: read('address', () => locations(cell)),
    participants: read('participants', wholeNumber),
    startDate: read('startDate', requiredDate),
    endDate: read('endDate', date),
    durationAmount: read('durationAmount', amount),
    durationUnit: read('durationUnit', (raw) => text(raw)?.toLowerCase() ?? null),
    kind: read('kind', kindFromIlr),
    authorized: read('authorized', authorized),
    demands: read('demands', (raw) => distinct(positional(raw))),
    sources: read('sources', (raw) => distinct(raw.split(/[;\r\n]+/).map((item) => item.trim()))),
    notes: read('notes', text),
  };
  if (problems.length > 0) return { action: null, problems };
  const checked = trackerActionInput.safeParse(candidate);
  if (checked.success) return { action: checked.data, problems };
  for (const issue of checked.error.issues) problems.push({ line, column: columnOf(issue.path), message: issue.message });
  return { action: null, problems };
}

const headerKey = (name: string) =>
  name
    .trim()
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
const COLUMN_BY_HEADER = new Map(Object.entries(ILR_COLUMNS).map(([column, header]) => [headerKey(header), column as Column]));

function readHeader(fields: string[], line: number): { positions: Map<Column, number>; errors: ImportError[] } {
  const positions = new Map<Column, number>();
  const errors: ImportError[] = [];
  fields.forEach((name, index) => {
    const column = COLUMN_BY_HEADER.get(headerKey(name));
    if (column === undefined) return;
    if (positions.has(column)) errors.push({ line, column: ILR_COLUMNS[column], message: 'column appears twice in the header' });
    positions.set(column, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!positions.has(column)) errors.push({ line, column: ILR_COLUMNS[column], message: 'column is missing from the header' });
  }
  return { positions, errors };
}

export function importIlrCsv(csv: string): IlrImportResult {
  const records = readCsv(csv);
  const first = records.next();
  if (first.done) return { actions: [], errors: [{ line: 1, message: 'the file is empty' }], rows: 0 };
  const header = first.value;
  if (header.error) return { actions: [], errors: [{ line: header.line, message: header.error }], rows: 0 };
  const { positions, errors } = readHeader(header.fields, header.line);
  if (errors.length > 0) return { actions: [], errors, rows: 0 };

  const width = header.fields.length;
  const actions: ImportedAction[] = [];
  const firstLineOfId = new Map<string, number>();
  let rows = 0;
  for (const { line, fields, error } of records) {
    rows++;
    if (error) {
      errors.push({ line, message: error });
      continue;
    }
    // Extra trailing fields are tolerated only when empty (a stray trailing comma); otherwise the row's values are shifted.
    if (fields.length < width || fields.slice(width).some((field) => field.trim() !== '')) {
      errors.push({ line, message: `the row has ${fields.length} fields but the header has ${width}` });
      continue;
    }
    const cell = (column: Column) => {
      const index = positions.get(column);
      return index === undefined ? '' : unguardCell(fields[index]!);
    };
    const { action, problems } = readRow(cell, line);
    const id = cell('externalId').trim();
    const seenOn = firstLineOfId.get(id);
    if (seenOn !== undefined)
      problems.unshift({ line, column: ILR_COLUMNS.externalId, message: `ID "${id}" already appears on line ${seenOn}` });
    else if (id) firstLineOfId.set(id, line);
    if (action && problems.length === 0) actions.push({ line, action });
    else errors.push(...problems);
  }
  return { actions, errors, rows };
}
