import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { notifyMembers } from '../push';
import { zoneNames } from '../zones';
import {
  type Alert,
  type AlertState,
  type AlertUpdateInput,
  type EventKind,
  MAX_EXPIRY_MINUTES,
  SECOND_VERIFIER_ABOVE,
  type ZoneRef,
} from './contract';
import { publishAlertEvent } from './events';
import { presentAlert } from './present';
import { alertsDueToExpire, changeAlert, findAlert, insertEvent, insertTargets } from './repository';
import type { AlertTable } from './schema';
import { audienceOf } from './service';
import { renderUpdate } from './templates';

type LaterKind = Exclude<EventKind, 'sent'>;

interface Change {
  kind: LaterKind;
  /** Where it happened, for the wording. */
  zone: ZoneRef;
  note: string;
  /** The states the alert may be in for this change. */
  from: readonly AlertState[];
  set?: Partial<AlertTable>;
  /** A zone the alert now also targets (a move). */
  newZoneId?: string;
}

const notActive = () => conflict('alert_not_active', 'This alert is no longer active.');

async function loadLive(ctx: AppContext, id: string, from: readonly AlertState[]) {
  const row = await findAlert(ctx.db, id);
  if (!row) throw notFound('Alert');
  if (row.expiresAt <= ctx.clock.now()) throw conflict('alert_expired', 'This alert has expired.');
  if (!from.includes(row.state)) throw notActive();
  return { row, view: await presentAlert(ctx, row) };
}

/** Where the agents were last said to be: the zone of the latest move, else the report's zone. */
const lastPlace = (view: Alert): ZoneRef => view.events.findLast((e) => e.kind === 'moved')?.zone ?? view.zones[0];

/** Stores the event with its wording in every language, audits it, then tells live members. */
async function record(ctx: AppContext, actor: Principal, row: AlertTable, change: Change): Promise<Alert> {
  const now = ctx.clock.now();
  const set: Partial<AlertTable> = { state: row.state, ...change.set };
  const until = set.expiresAt ?? row.expiresAt;
  const event = {
    id: ctx.ids.next(),
    alertId: row.id,
    kind: change.kind,
    zoneId: change.newZoneId ?? null,
    note: change.note,
    messages: JSON.stringify(renderUpdate(change.kind, { zone: change.zone.name, at: now, until }, ctx.config.timeZone)),
    createdAt: now,
    createdBy: actor.memberId,
  };
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await changeAlert(tx, row.id, change.from, set))) throw notActive();
    if (change.newZoneId) await insertTargets(tx, [{ alertId: row.id, zoneId: change.newZoneId, addedAt: now }]);
    await insertEvent(tx, event);
    await audit(ctx, tx, { actor, action: `alert.${change.kind}`, objectType: 'alert', objectId: row.id, incidentId: row.reportId });
  });
  const alert = await presentAlert(ctx, { ...row, ...set });
  await publishAlertEvent(ctx, { eventId: event.id, kind: change.kind, alert });
  return alert;
}

/**
 * A move widens the alert to the new zone. If that takes it over the limit on one verifier's word,
 * the move must come from a different verifier, who becomes the second (R-BCAST-1).
 */
async function moveTo(ctx: AppContext, verifier: Principal, row: AlertTable, view: Alert, zoneId: string, note: string) {
  const name = (await zoneNames(ctx, [zoneId])).get(zoneId);
  if (name === undefined) throw badRequest('unknown_zone', 'There is no such zone.', 'zoneId');
  const zone = { id: zoneId, name };
  if (view.zones.some((z) => z.id === zoneId)) return record(ctx, verifier, row, { kind: 'moved', zone, note, from: ['sent'] });
  const before = await audienceOf(
    ctx,
    view.zones.map((z) => z.id),
  );
  const after = await audienceOf(ctx, [...view.zones.map((z) => z.id), zoneId]);
  let secondVerifierId = row.secondVerifierId;
  if (after.length > SECOND_VERIFIER_ABOVE && !secondVerifierId) {
    if (row.firstVerifierId === verifier.memberId)
      throw conflict('second_verifier_needed', 'The move would reach more than 50 members: another verifier must post it.', 'zoneId');
    secondVerifierId = verifier.memberId;
  }
  const set = { audience: after.length, secondVerifierId };
  const alert = await record(ctx, verifier, row, { kind: 'moved', zone, note, from: ['sent'], set, newZoneId: zoneId });
  const known = new Set(before);
  await notifyMembers(
    ctx,
    after.filter((m) => !known.has(m)),
    { kind: 'alert', id: row.id },
  );
  return alert;
}

export async function postUpdate(ctx: AppContext, verifier: Principal, id: string, input: AlertUpdateInput): Promise<Alert> {
  const { row, view } = await loadLive(ctx, id, ['sent']);
  if (input.kind === 'moved') {
    if (!input.zoneId) throw badRequest('moved_zone_required', 'Say which zone it moved to.', 'zoneId');
    return moveTo(ctx, verifier, row, view, input.zoneId, input.note);
  }
  return record(ctx, verifier, row, { kind: input.kind, zone: lastPlace(view), note: input.note, from: ['sent'] });
}

/** All clear: it is over. Members are told live and by push, as they were of the alert. */
export async function allClear(ctx: AppContext, verifier: Principal, id: string, note: string): Promise<Alert> {
  const { row, view } = await loadLive(ctx, id, ['sent']);
  const set = { state: 'all_clear' as const, endedAt: ctx.clock.now() };
  const alert = await record(ctx, verifier, row, { kind: 'all_clear', zone: lastPlace(view), note, from: ['sent'], set });
  await notifyMembers(
    ctx,
    await audienceOf(
      ctx,
      alert.zones.map((z) => z.id),
    ),
    { kind: 'alert', id },
  );
  return alert;
}

/** Withdrawn (sent by mistake, or no longer right): live members drop it; one still waiting just never goes out. */
export async function cancelAlert(ctx: AppContext, verifier: Principal, id: string, note: string): Promise<Alert> {
  const from: AlertState[] = ['sent', 'awaiting_second_verifier'];
  const { row, view } = await loadLive(ctx, id, from);
  const set = { state: 'cancelled' as const, endedAt: ctx.clock.now() };
  return record(ctx, verifier, row, { kind: 'cancelled', zone: lastPlace(view), note, from, set });
}

/** Longer, up to 12 hours from when the alert was made. */
export async function extendAlert(ctx: AppContext, verifier: Principal, id: string, minutes: number): Promise<Alert> {
  const { row, view } = await loadLive(ctx, id, ['sent']);
  const expiresAt = ctx.clock.now() + minutes * MINUTE;
  if (expiresAt > row.createdAt + MAX_EXPIRY_MINUTES * MINUTE)
    throw badRequest('expiry_beyond_limit', 'An alert lasts at most 12 hours from when it was made.', 'expiresInMinutes');
  if (expiresAt <= row.expiresAt)
    throw badRequest('expiry_not_later', 'That is not later than the alert already lasts.', 'expiresInMinutes');
  return record(ctx, verifier, row, { kind: 'extended', zone: lastPlace(view), note: '', from: ['sent'], set: { expiresAt } });
}

/**
 * Ends every alert whose time is up and tells live members to drop it. Run every few seconds by the
 * module and by tests with a pinned clock. Lists already leave out expired alerts by time, so a late
 * run only delays the live "drop it" message, never shows an expired alert as active.
 */
export async function expireAlerts(ctx: AppContext): Promise<number> {
  let expired = 0;
  for (const row of await alertsDueToExpire(ctx.db, ctx.clock.now())) {
    const set = { state: 'expired' as const, endedAt: row.expiresAt };
    const changed = await ctx.db.transaction().execute(async (tx) => {
      if (!(await changeAlert(tx, row.id, ['sent', 'awaiting_second_verifier'], set))) return false;
      await audit(ctx, tx, { actor: null, action: 'alert.expired', objectType: 'alert', objectId: row.id, incidentId: row.reportId });
      return true;
    });
    if (!changed) continue;
    expired++;
    await publishAlertEvent(ctx, { eventId: null, kind: 'expired', alert: await presentAlert(ctx, { ...row, ...set }) });
  }
  return expired;
}
