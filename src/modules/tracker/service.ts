import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { TrackerActionInput } from './action-input';
import type { Action, ActionFilters, ActionInput, ActionMap, ActionPage } from './contract';
import * as repo from './repository';
import { byAction, presentAction, presentSummary } from './rows';
import { announceSaved, saveActions } from './save-actions';

/** Reading and changing actions one at a time (imports are in import-job.ts). */

export const toFilters = ({ verified, ...rest }: ActionFilters): repo.ActionFilters => ({
  ...rest,
  ...(verified === undefined ? {} : { verified: verified === 'true' }),
});

export async function listActions(ctx: AppContext, filters: ActionFilters, limit: number, offset: number): Promise<ActionPage> {
  const f = toFilters(filters);
  const [rows, total] = await Promise.all([repo.listActionPage(ctx.db, f, limit, offset), repo.countActions(ctx.db, f)]);
  const places = byAction(
    await repo.locationsOf(
      ctx.db,
      rows.map((r) => r.id),
    ),
  );
  return { actions: rows.map((row) => presentSummary(row, places.get(row.id) ?? [])), total, limit, offset };
}

export const actionTotals = (ctx: AppContext, filters: ActionFilters) => repo.actionTotals(ctx.db, toFilters(filters));

/** A cell of about 48 screen pixels at the map's zoom (256 px tiles span 360° at zoom 0). */
export const cellDegrees = (zoom: number) => (48 * 360) / (256 * 2 ** zoom);

export async function actionMap(ctx: AppContext, filters: ActionFilters, zoom: number, bounds?: repo.Bounds): Promise<ActionMap> {
  const f = toFilters(filters);
  const cell = cellDegrees(zoom);
  const [points, unlocated] = await Promise.all([repo.mapCells(ctx.db, f, cell, bounds), repo.countUnlocated(ctx.db, f)]);
  return { cellDegrees: cell, points, unlocated };
}

async function loadActions(db: Db, rows: Awaited<ReturnType<typeof repo.listActionPage>>): Promise<Action[]> {
  const ids = rows.map((r) => r.id);
  const [locations, sources] = await Promise.all([repo.locationsOf(db, ids), repo.sourcesOf(db, ids)]);
  const placesOf = byAction(locations);
  const sourcesOf = byAction(sources);
  return rows.map((row) => presentAction(row, placesOf.get(row.id) ?? [], sourcesOf.get(row.id) ?? []));
}

export async function getAction(ctx: AppContext, id: string): Promise<Action> {
  const row = await repo.findAction(ctx.db, id);
  if (!row) throw notFound('Action');
  const [action] = await loadActions(ctx.db, [row]);
  return action as Action;
}

const EXPORT_PAGE = 1000;

/** Every matching action, newest first, read a thousand at a time. */
export async function exportActions(ctx: AppContext, filters: ActionFilters): Promise<Action[]> {
  const f = toFilters(filters);
  const all: Action[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const rows = await repo.listActionPage(ctx.db, f, EXPORT_PAGE, offset);
    all.push(...(await loadActions(ctx.db, rows)));
    if (rows.length < EXPORT_PAGE) return all;
  }
}

async function assertExternalIdFree(tx: Db, externalId: string, ownId: string | null) {
  const [holder] = await repo.findActionsByExternalIds(tx, [externalId]);
  if (holder && holder.id !== ownId) throw conflict('tracker_external_id_taken', 'Another action already has this ID.', 'externalId');
}

export async function createAction(ctx: AppContext, actor: Principal, input: ActionInput): Promise<Action> {
  const id = ctx.ids.next();
  const action: TrackerActionInput = { ...input, externalId: input.externalId ?? id };
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    await assertExternalIdFree(tx, action.externalId, null);
    const saved = await saveActions(ctx, tx, [action], { newIds: new Map([[action.externalId, id]]) });
    await audit(ctx, tx, { actor, action: 'tracker.action_created', objectType: 'action', objectId: saved.created[0] });
    return saved;
  });
  await announceSaved(ctx, outcome, null);
  return getAction(ctx, outcome.created[0] as string);
}

export async function editAction(ctx: AppContext, actor: Principal, id: string, input: ActionInput): Promise<Action> {
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const row = await repo.findAction(tx, id);
    if (!row) throw notFound('Action');
    const externalId = input.externalId ?? row.externalId;
    if (externalId !== row.externalId) {
      await assertExternalIdFree(tx, externalId, id);
      await repo.setExternalId(tx, id, externalId);
    }
    const saved = await saveActions(ctx, tx, [{ ...input, externalId }]);
    await audit(ctx, tx, { actor, action: 'tracker.action_edited', objectType: 'action', objectId: id });
    return saved;
  });
  await announceSaved(ctx, outcome, null);
  return getAction(ctx, id);
}

export async function setVerified(ctx: AppContext, actor: Principal, id: string, verified: boolean): Promise<Action> {
  const changed = await ctx.db.transaction().execute(async (tx) => {
    const row = await repo.findAction(tx, id);
    if (!row) throw notFound('Action');
    if ((row.verifiedAt !== null) === verified) return false;
    const now = ctx.clock.now();
    await repo.setVerifiedAt(tx, id, verified ? now : null, now);
    await audit(ctx, tx, {
      actor,
      action: verified ? 'tracker.action_verified' : 'tracker.action_unverified',
      objectType: 'action',
      objectId: id,
    });
    return true;
  });
  if (changed) await announceSaved(ctx, { created: [], updated: [id], unchanged: 0 }, null);
  return getAction(ctx, id);
}

export async function removeAction(ctx: AppContext, actor: Principal, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await repo.deleteAction(tx, id))) throw notFound('Action');
    await audit(ctx, tx, { actor, action: 'tracker.action_deleted', objectType: 'action', objectId: id });
  });
}
