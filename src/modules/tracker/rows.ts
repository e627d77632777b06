import { createHash } from 'node:crypto';
import { fromFlag, toFlag } from '../../core/db/portable';
import type { TrackerActionInput } from './action-input';
import type { Action, ActionSummary } from './contract';
import { cityKey, stateKey } from './places';
import type { ActionLocationTable, ActionSourceTable, ActionTable } from './schema';

/** Between an action as entered or imported and its rows: both directions, so export gives back what was imported. */

/** Keys in a fixed order at every depth, so equal content gives equal text however it was put together. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
};

export const contentHash = (input: TrackerActionInput) =>
  createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('base64url');

export interface RowOptions {
  now: number;
  demo?: boolean;
  verifiedAt?: number | null;
}

export function actionRow(id: string, input: TrackerActionInput, opts: RowOptions): ActionTable {
  return {
    id,
    externalId: input.externalId,
    kind: input.kind,
    employer: input.employer,
    organisations: JSON.stringify(input.organisations),
    local: input.local,
    industry: input.industry,
    bargainingUnitSize: input.bargainingUnitSize,
    locationCount: input.locationCount,
    startDate: input.startDate,
    endDate: input.endDate,
    durationAmount: input.durationAmount,
    durationUnit: input.durationUnit,
    authorized: input.authorized === null ? null : toFlag(input.authorized),
    demands: JSON.stringify(input.demands),
    participants: input.participants,
    notes: input.notes,
    contentHash: contentHash(input),
    verifiedAt: opts.verifiedAt ?? null,
    demo: toFlag(opts.demo ?? false),
    createdAt: opts.now,
    updatedAt: opts.now,
  };
}

export const locationRows = (actionId: string, input: TrackerActionInput): ActionLocationTable[] =>
  input.locations.map((place, position) => ({
    actionId,
    position,
    ...place,
    cityKey: cityKey(place.city),
    stateKey: stateKey(place.state),
  }));

export const sourceRows = (actionId: string, input: TrackerActionInput): ActionSourceTable[] =>
  input.sources.map((source, position) => ({ actionId, position, source }));

const list = (json: string): string[] => JSON.parse(json) as string[];

/** Rows of many actions, grouped by action id (the queries return them ordered by position). */
export function byAction<T extends { actionId: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const group = grouped.get(row.actionId);
    if (group) group.push(row);
    else grouped.set(row.actionId, [row]);
  }
  return grouped;
}

export function presentAction(row: ActionTable, locations: ActionLocationTable[], sources: ActionSourceTable[]): Action {
  return {
    id: row.id,
    externalId: row.externalId,
    kind: row.kind,
    employer: row.employer,
    organisations: list(row.organisations),
    local: row.local,
    industry: row.industry,
    bargainingUnitSize: row.bargainingUnitSize,
    locationCount: row.locationCount,
    locations: locations.map(({ address, city, state, zip, lat, lng }) => ({ address, city, state, zip, lat, lng })),
    participants: row.participants,
    startDate: row.startDate,
    endDate: row.endDate,
    durationAmount: row.durationAmount,
    durationUnit: row.durationUnit,
    authorized: row.authorized === null ? null : fromFlag(row.authorized),
    demands: list(row.demands),
    sources: sources.map((s) => s.source),
    notes: row.notes,
    verified: row.verifiedAt !== null,
    demo: fromFlag(row.demo),
    createdAt: Number(row.createdAt),
    updatedAt: Number(row.updatedAt),
  };
}

export const presentSummary = (row: ActionTable, locations: ActionLocationTable[]): ActionSummary => ({
  id: row.id,
  externalId: row.externalId,
  kind: row.kind,
  employer: row.employer,
  organisations: list(row.organisations),
  startDate: row.startDate,
  endDate: row.endDate,
  participants: row.participants,
  demands: list(row.demands),
  verified: row.verifiedAt !== null,
  demo: fromFlag(row.demo),
  places: locations.map(({ city, state }) => ({ city, state })),
});

/** The content of a stored action, as it would be imported: what export writes. */
export function inputOf(action: Action): TrackerActionInput {
  const { externalId, employer, organisations, local, industry, bargainingUnitSize, locationCount, locations } = action;
  const { participants, startDate, endDate, durationAmount, durationUnit, kind, authorized, demands, sources, notes } = action;
  return {
    externalId,
    employer,
    organisations,
    local,
    industry,
    bargainingUnitSize,
    locationCount,
    locations,
    participants,
    startDate,
    endDate,
    durationAmount,
    durationUnit,
    kind,
    authorized,
    demands,
    sources,
    notes,
  };
}
