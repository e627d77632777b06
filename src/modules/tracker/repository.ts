import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Db } from '../../database';
import type { ActionKind } from './kinds';
import { cityKey, stateKey } from './places';
import type { ActionLocationTable, ActionSourceTable, ActionTable } from './schema';

/** Queries of the tracker's actions; every function takes the database (or a transaction) first. */

export interface ActionFilters {
  /** Actions still going on at or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Actions that started on or before this day. */
  to?: string;
  city?: string;
  state?: string;
  kind?: ActionKind;
  /** Text found in one of the demands, any case. */
  demand?: string;
  verified?: boolean;
}

/** Both engines cap the parameters of one statement (SQLite at 32,766); rows are written in chunks below that. */
const PARAMETERS_PER_STATEMENT = 10_000;

/** Rows in chunks whose parameters (rows × columns) stay under the limit; a plain value counts as one column. */
async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  const first = rows[0];
  const columns = first !== null && typeof first === 'object' ? Object.keys(first).length : 1;
  const size = Math.floor(PARAMETERS_PER_STATEMENT / columns);
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filters as one condition on `action`; used by the page, the totals, the map and the exports alike. */
export function matching(f: ActionFilters) {
  return (eb: ExpressionBuilder<Database, 'action'>) => {
    const conditions = [];
    if (f.from) conditions.push(eb(eb.fn.coalesce('action.endDate', 'action.startDate'), '>=', f.from));
    if (f.to) conditions.push(eb('action.startDate', '<=', f.to));
    if (f.kind) conditions.push(eb('action.kind', '=', f.kind));
    if (f.verified !== undefined) conditions.push(eb('action.verifiedAt', f.verified ? 'is not' : 'is', null));
    if (f.demand) {
      const pattern = `%${escapeLike(f.demand.toLowerCase())}%`;
      conditions.push(sql<boolean>`lower(${eb.ref('action.demands')}) like ${pattern} escape '\\'`);
    }
    const city = f.city ? cityKey(f.city) : null;
    const state = f.state ? stateKey(f.state) : null;
    if (city || state) {
      // Not a correlated EXISTS: the matching places are found once, through the place indexes.
      let place = eb.selectFrom('actionLocation as place').select('place.actionId');
      if (city) place = place.where('place.cityKey', '=', city);
      if (state) place = place.where('place.stateKey', '=', state);
      conditions.push(eb('action.id', 'in', place));
    }
    return eb.and(conditions);
  };
}

const filteredIds = (db: Db, f: ActionFilters) => db.selectFrom('action').select('action.id').where(matching(f));

export async function countActions(db: Db, f: ActionFilters): Promise<number> {
  const row = await db
    .selectFrom('action')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matching(f))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest first; ties by id so pages never overlap. */
export const listActionPage = (db: Db, f: ActionFilters, limit: number, offset: number) =>
  db
    .selectFrom('action')
    .selectAll()
    .where(matching(f))
    .orderBy('startDate', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();

export const findAction = (db: Db, id: string) => db.selectFrom('action').selectAll().where('id', '=', id).executeTakeFirst();

export const findActionsByExternalIds = (db: Db, externalIds: string[]) =>
  externalIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('action').select(['id', 'externalId', 'contentHash']).where('externalId', 'in', externalIds).execute();

export async function locationsOf(db: Db, actionIds: string[]): Promise<ActionLocationTable[]> {
  if (actionIds.length === 0) return [];
  return db.selectFrom('actionLocation').selectAll().where('actionId', 'in', actionIds).orderBy('actionId').orderBy('position').execute();
}

export async function sourcesOf(db: Db, actionIds: string[]): Promise<ActionSourceTable[]> {
  if (actionIds.length === 0) return [];
  return db.selectFrom('actionSource').selectAll().where('actionId', 'in', actionIds).orderBy('actionId').orderBy('position').execute();
}

export interface ActionTotals {
  actions: number;
  cities: number;
  knownParticipants: number;
  unknownParticipants: number;
}

/** Computed by the database over the filtered actions: nothing is read row by row. */
export async function actionTotals(db: Db, f: ActionFilters): Promise<ActionTotals> {
  const counts = await db
    .selectFrom('action')
    .select((eb) => [
      eb.fn.countAll<number>().as('actions'),
      eb.fn.count<number>('action.participants').as('known'),
      eb.fn.coalesce(eb.fn.sum<number>('action.participants'), sql<number>`0`).as('participants'),
    ])
    .where(matching(f))
    .executeTakeFirstOrThrow();
  const cities = await db
    .selectFrom('actionLocation')
    .select(sql<number>`count(distinct city_key || '|' || coalesce(state_key, ''))`.as('n'))
    .where('cityKey', 'is not', null)
    .where('actionId', 'in', filteredIds(db, f))
    .executeTakeFirstOrThrow();
  return {
    actions: Number(counts.actions),
    cities: Number(cities.n),
    knownParticipants: Number(counts.participants),
    unknownParticipants: Number(counts.actions) - Number(counts.known),
  };
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Located places grouped into square cells `cell` degrees wide: one point per cell at the mean of its
 * places, with the number of distinct actions and their known participants. The map asks for the
 * cells of its view at its zoom, so the answer stays small however many actions there are.
 */
export async function mapCells(db: Db, f: ActionFilters, cell: number, bounds: Bounds | undefined) {
  let q = db
    .selectFrom('actionLocation as place')
    .innerJoin('action', 'action.id', 'place.actionId')
    .select((eb) => [
      sql<number>`floor(${eb.ref('place.lat')} / ${cell})`.as('row'),
      sql<number>`floor(${eb.ref('place.lng')} / ${cell})`.as('column'),
      eb.fn.avg<number>('place.lat').as('lat'),
      eb.fn.avg<number>('place.lng').as('lng'),
      sql<number>`count(distinct ${eb.ref('place.actionId')})`.as('actions'),
    ])
    .where('place.lat', 'is not', null)
    .where('place.lng', 'is not', null)
    .where(matching(f))
    .groupBy(['row', 'column']);
  if (bounds)
    q = q
      .where('place.lat', '>=', bounds.south)
      .where('place.lat', '<=', bounds.north)
      .where('place.lng', '>=', bounds.west)
      .where('place.lng', '<=', bounds.east);
  const rows = await q.execute();
  return rows.map((r) => ({ lat: Number(r.lat), lng: Number(r.lng), actions: Number(r.actions) }));
}

/** Filtered actions with no point on the map. */
export async function countUnlocated(db: Db, f: ActionFilters): Promise<number> {
  const row = await db
    .selectFrom('action')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matching(f))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('actionLocation as place')
            .select('place.actionId')
            .whereRef('place.actionId', '=', 'action.id')
            .where('place.lat', 'is not', null),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Columns an import or an edit replaces; the id, the creation time, the demo mark and verification stay. */
const CONTENT_COLUMNS = [
  'externalId',
  'kind',
  'employer',
  'organisations',
  'local',
  'industry',
  'bargainingUnitSize',
  'locationCount',
  'startDate',
  'endDate',
  'durationAmount',
  'durationUnit',
  'authorized',
  'demands',
  'participants',
  'notes',
  'contentHash',
  'updatedAt',
] as const satisfies readonly (keyof ActionTable)[];

/**
 * Inserts new actions and updates those whose external id exists, in one statement per chunk.
 * Returns the stored id of each external id: on a clash with a row written meanwhile, that row's.
 */
export async function upsertActions(db: Db, rows: ActionTable[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await inChunks(rows, async (chunk) => {
    const written = await db
      .insertInto('action')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('externalId').doUpdateSet((eb) => Object.fromEntries(CONTENT_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
      )
      .returning(['id', 'externalId'])
      .execute();
    for (const row of written) ids.set(row.externalId, row.id);
  });
  return ids;
}

/** The external id an edit gives an action; the caller has checked that no other action has it. */
export const setExternalId = (db: Db, id: string, externalId: string) =>
  db.updateTable('action').set({ externalId }).where('id', '=', id).execute();

/** Replaces the locations and sources of `actionIds` with the rows given. */
export async function replaceChildren(db: Db, actionIds: string[], locations: ActionLocationTable[], sources: ActionSourceTable[]) {
  await inChunks(actionIds, async (chunk) => {
    await db.deleteFrom('actionLocation').where('actionId', 'in', chunk).execute();
    await db.deleteFrom('actionSource').where('actionId', 'in', chunk).execute();
  });
  await inChunks(locations, (chunk) => db.insertInto('actionLocation').values(chunk).execute());
  await inChunks(sources, (chunk) => db.insertInto('actionSource').values(chunk).execute());
}

export const setVerifiedAt = (db: Db, id: string, verifiedAt: number | null, updatedAt: number) =>
  db.updateTable('action').set({ verifiedAt, updatedAt }).where('id', '=', id).execute();

/** Locations and sources go with it (ON DELETE CASCADE). */
export async function deleteAction(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('action').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export const anyAction = (db: Db) => db.selectFrom('action').select('id').limit(1).executeTakeFirst();
