// Export in the Cornell ILR Labor Action Tracker layout, so a file written here imports here (or
// into anything that reads the ILR's files) and gives back the same actions.

import { toCsv } from '../../core/csv/csv';
import { guardCell } from '../../core/csv/spreadsheet-safe';
import type { TrackerActionInput, TrackerLocation } from './action-input';
import { ILR_COLUMNS } from './ilr-import';
import { ILR_KIND_LABELS } from './kinds';

type Cell = string | number | null;

/**
 * One column of several locations, by position. A column empty for every location is left empty;
 * otherwise every position is written, gaps included, so no single value is read back as applying to all.
 */
function placeColumn(locations: TrackerLocation[], value: (place: TrackerLocation) => string | null): string {
  const values = locations.map(value);
  return values.every((v) => v === null) ? '' : values.map((v) => v ?? '').join('; ');
}

const point = (place: TrackerLocation) => (place.lat === null || place.lng === null ? null : `${place.lat}, ${place.lng}`);

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Y' : 'N');

function ilrRow(a: TrackerActionInput): Cell[] {
  const byColumn: Record<keyof typeof ILR_COLUMNS, Cell> = {
    externalId: a.externalId,
    employer: a.employer,
    organisations: a.organisations.join('; '),
    local: a.local,
    industry: a.industry,
    bargainingUnitSize: a.bargainingUnitSize,
    locationCount: a.locationCount,
    address: placeColumn(a.locations, (p) => p.address),
    city: placeColumn(a.locations, (p) => p.city),
    state: placeColumn(a.locations, (p) => p.state),
    zip: placeColumn(a.locations, (p) => p.zip),
    latLng: placeColumn(a.locations, point),
    // Unknown is written empty: the ILR's own 0 would read as a count to anyone but an importer.
    participants: a.participants,
    startDate: a.startDate,
    endDate: a.endDate,
    durationAmount: a.durationAmount,
    durationUnit: a.durationUnit,
    kind: ILR_KIND_LABELS[a.kind],
    authorized: yesNo(a.authorized),
    demands: a.demands.join('; '),
    sources: a.sources.join('; '),
    notes: a.notes,
  };
  return (Object.keys(ILR_COLUMNS) as (keyof typeof ILR_COLUMNS)[]).map((column) => {
    const value = byColumn[column];
    return typeof value === 'string' ? guardCell(value) : value;
  });
}

/** The header row and one row per action, as RFC 4180 CSV. */
export function toIlrCsv(actions: Iterable<TrackerActionInput>): string {
  const rows: Cell[][] = [Object.values(ILR_COLUMNS)];
  for (const action of actions) rows.push(ilrRow(action));
  return toCsv(rows);
}
