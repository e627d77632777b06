import type { AppContext } from '../../../context';
import { badRequest, conflict, notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import type { Db } from '../../../database';
import { audit } from '../../audit';
import { notifyMembers } from '../../push';
import { listZones } from '../../zones';
import { pairKey } from '../matching';
import type { WeekList, WeekView } from './contract';
import { MAX_DETOUR_METRES, WEEKDAYS } from './limits';
import { type DayFiguresOf, type PlanOptions, planDay } from './plan';
import { activeDrivers, activeRiders, driversByIds, findDriver, findRider } from './repository';
import type { RideAssignmentTable, RideWeekTable } from './schema';
import { addDays, isMonday, weekEndsAt, weekOf } from './week';
import {
  assignmentsOfRun,
  deleteExclusion,
  deleteRun,
  ensureWeek,
  exclusionsOf,
  insertExclusion,
  insertRun,
  lockWeek,
  updateWeek,
  weeksFrom,
} from './week-repository';
import { weekView } from './week-view';

/**
 * Weekly matching: an organiser or dispatcher runs the week (each weekday matched on its own by the
 * Hungarian assignment), reviews the draft, rules pairs out and runs again, then publishes. A run
 * replaces the draft; publishing makes the reviewed draft what drivers and riders see, as a new
 * version, and tells the drivers. Each step locks the week's row, so concurrent ones take turns.
 */

export async function listWeeks(ctx: AppContext): Promise<WeekList> {
  const current = weekOf(ctx.clock.now(), ctx.config.timeZone);
  const rows = await weeksFrom(ctx.db, addDays(current, -28));
  return {
    current,
    next: addDays(current, 7),
    weeks: rows.map((w) => ({ weekStart: w.weekStart, version: w.version, publishedAt: w.publishedAt, hasDraft: w.draftRunId !== null })),
  };
}

function checkWeekStart(weekStart: string) {
  if (!isMonday(weekStart)) throw badRequest('not_a_monday', 'week: name a week by its Monday, YYYY-MM-DD', 'week');
}

export function reviewWeek(ctx: AppContext, weekStart: string): Promise<WeekView> {
  checkWeekStart(weekStart);
  return weekView(ctx, weekStart);
}

/** Runs `work` with the week's row locked; the week must not be over. Zones are read before the transaction. */
async function withOpenWeek<T>(ctx: AppContext, weekStart: string, work: (tx: Db, week: RideWeekTable, opts: PlanOptions) => Promise<T>) {
  checkWeekStart(weekStart);
  const now = ctx.clock.now();
  const endsAt = weekEndsAt(weekStart, ctx.config.timeZone);
  if (endsAt <= now) throw conflict('week_over', 'This week is over.');
  const neighbours = new Map((await listZones(ctx)).map((z) => [z.id, z.neighbours]));
  return ctx.db.transaction().execute(async (tx) => {
    const fresh = { weekStart, endsAt, draftRunId: null, publishedRunId: null, version: 0, publishedAt: null, publishedBy: null };
    await ensureWeek(tx, { ...fresh, createdAt: now, updatedAt: now });
    const week = await lockWeek(tx, weekStart, now);
    return work(tx, week, { maxDetourMetres: MAX_DETOUR_METRES, neighbours });
  });
}

/** Matches every weekday of the week as a new draft, replacing the previous draft (not what is published). */
async function runLocked(ctx: AppContext, tx: Db, principal: Principal, week: RideWeekTable, opts: PlanOptions) {
  const [riders, drivers, exclusions] = await Promise.all([
    activeRiders(tx, ctx.dialect === 'postgres'),
    activeDrivers(tx, ctx.dialect === 'postgres'),
    exclusionsOf(tx, week.weekStart),
  ]);
  const excluded = new Set(exclusions.map((e) => pairKey(e.riderId, e.driverId)));
  const runId = ctx.ids.next();
  const rows: RideAssignmentTable[] = [];
  const figures: DayFiguresOf[] = [];
  const blank = { runId, cancelledAt: null, cancelReason: null };
  for (const weekday of WEEKDAYS) {
    const bit = 1 << (weekday - 1);
    const dayRiders = riders.filter((r) => r.weekdays & bit);
    const dayDrivers = drivers.filter((d) => d.weekdays & bit);
    if (!dayRiders.length) continue;
    const plan = planDay(dayRiders, dayDrivers, { ...opts, excluded });
    figures.push({ weekday, ...plan.figures });
    for (const p of plan.pairs)
      rows.push({
        ...blank,
        id: ctx.ids.next(),
        weekday,
        riderId: p.riderId,
        driverId: p.driverId,
        detourMetres: p.detourMetres,
        pickupMinute: p.pickupMinute,
      });
    for (const riderId of plan.unmatchedRiderIds)
      rows.push({ ...blank, id: ctx.ids.next(), weekday, riderId, driverId: null, detourMetres: null, pickupMinute: null });
  }
  const now = ctx.clock.now();
  await insertRun(
    tx,
    { id: runId, weekStart: week.weekStart, createdAt: now, createdBy: principal.memberId, figures: JSON.stringify(figures) },
    rows,
  );
  if (week.draftRunId && week.draftRunId !== week.publishedRunId) await deleteRun(tx, week.draftRunId);
  await updateWeek(tx, week.weekStart, { draftRunId: runId });
  await audit(ctx, tx, { actor: principal, action: 'ride.week_run', objectType: 'ride_week', objectId: week.weekStart });
}

export async function runWeek(ctx: AppContext, principal: Principal, weekStart: string): Promise<WeekView> {
  await withOpenWeek(ctx, weekStart, (tx, week, opts) => runLocked(ctx, tx, principal, week, opts));
  return weekView(ctx, weekStart);
}

/** Rules a pair out of the week (or lets it back in) and runs the week again, in one transaction. */
export async function setExclusion(
  ctx: AppContext,
  principal: Principal,
  weekStart: string,
  pair: { riderId: string; driverId: string },
  exclude: boolean,
): Promise<WeekView> {
  await withOpenWeek(ctx, weekStart, async (tx, week, opts) => {
    if (!(await findRider(tx, pair.riderId))) throw notFound('Rider');
    if (!(await findDriver(tx, pair.driverId))) throw notFound('Driver');
    if (exclude) await insertExclusion(tx, { weekStart, ...pair, createdAt: ctx.clock.now(), createdBy: principal.memberId });
    else await deleteExclusion(tx, weekStart, pair.riderId, pair.driverId);
    await audit(ctx, tx, {
      actor: principal,
      action: exclude ? 'ride.pair_excluded' : 'ride.pair_allowed',
      objectType: 'ride_week',
      objectId: weekStart,
    });
    await runLocked(ctx, tx, principal, week, opts);
  });
  return weekView(ctx, weekStart);
}

/** Members driving in a run (matched, not cancelled). */
async function driverMembersOf(tx: Db, runId: string | null): Promise<string[]> {
  if (!runId) return [];
  const ids = new Set((await assignmentsOfRun(tx, runId)).flatMap((a) => (a.driverId && a.cancelledAt === null ? [a.driverId] : [])));
  return (await driversByIds(tx, [...ids])).map((d) => d.memberId);
}

/**
 * Publishes the draft the organiser reviewed (`runId`): refused if the week was run again since;
 * publishing the same draft twice changes nothing. Drivers of the new and the replaced version are
 * told (a content-free push): their riders may have changed.
 */
export async function publishWeek(ctx: AppContext, principal: Principal, weekStart: string, runId: string): Promise<WeekView> {
  const notify = await withOpenWeek(ctx, weekStart, async (tx, week) => {
    if (week.publishedRunId === runId) return [];
    if (week.draftRunId !== runId) throw conflict('draft_changed', 'The week was run again since you looked: review the new draft.');
    const members = new Set([...(await driverMembersOf(tx, runId)), ...(await driverMembersOf(tx, week.publishedRunId))]);
    if (week.publishedRunId) await deleteRun(tx, week.publishedRunId);
    const now = ctx.clock.now();
    await updateWeek(tx, weekStart, {
      publishedRunId: runId,
      version: week.version + 1,
      publishedAt: now,
      publishedBy: principal.memberId,
    });
    await audit(ctx, tx, { actor: principal, action: 'ride.week_published', objectType: 'ride_week', objectId: weekStart });
    return [...members];
  });
  if (notify.length) await notifyMembers(ctx, notify, { kind: 'ride', id: weekStart });
  return weekView(ctx, weekStart);
}
