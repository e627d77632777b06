import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { notifyMembers } from '../push';
import { getIncident, type Incident } from '../reports';
import { watchersOf } from '../zones';
import { audienceCount } from './audience';
import { type Alert, type AlertPreview, type NewAlert, SECOND_VERIFIER_ABOVE } from './contract';
import { publishAlertEvent } from './events';
import { presentAlert } from './present';
import { changeAlert, findAlert, insertAlert, insertEvent, insertTargets, liveAlertOf, targetsOf } from './repository';
import type { AlertTable } from './schema';
import { resolveTargets } from './targeting';
import { renderAlert, TEMPLATE_FOR_ACTIVITY } from './templates';

/** Only a confirmed incident that is still open can become an alert (R-BCAST-1: no alert without a verifier). */
export async function alertableIncident(ctx: AppContext, reportId: string): Promise<Incident> {
  const incident = await getIncident(ctx, reportId);
  if (!incident) throw badRequest('unknown_report', 'There is no such report.', 'reportId');
  if (incident.state !== 'confirmed')
    throw conflict('report_not_confirmed', 'Only a report a verifier has confirmed can become an alert.', 'reportId');
  if (incident.closedAt !== null) throw conflict('incident_closed', 'This incident is closed.', 'reportId');
  return incident;
}

/** What an alert would say and where it would go; nothing is written. */
async function draft(ctx: AppContext, input: NewAlert) {
  const incident = await alertableIncident(ctx, input.reportId);
  const template = input.template ?? TEMPLATE_FOR_ACTIVITY[incident.activity];
  const targets = await resolveTargets(ctx, incident, input.targets);
  const messages = renderAlert(
    {
      template,
      zoneNames: targets.zones.map((z) => z.name),
      seenAt: incident.seenAt,
      people: incident.people,
      vehicles: incident.vehicles,
    },
    ctx.config.timeZone,
  );
  return { incident, template, targets, messages };
}

export async function previewAlert(ctx: AppContext, input: NewAlert): Promise<AlertPreview> {
  const { template, targets, messages } = await draft(ctx, input);
  const audience = await audienceCount(
    ctx,
    targets.zones.map((z) => z.id),
  );
  return { template, zones: targets.zones, audience, needsSecondVerifier: audience > SECOND_VERIFIER_ABOVE, messages };
}

/** The members an alert reaches, counted from the database at the moment of sending. */
export const audienceOf = (ctx: AppContext, zoneIds: readonly string[]) => watchersOf(ctx, zoneIds);

/** Tells members: live on every node, then Web Push (content-free) for closed apps. */
async function deliver(ctx: AppContext, alert: Alert, eventId: string, audience: readonly string[]) {
  await publishAlertEvent(ctx, { eventId, kind: 'sent', alert });
  const ttlSeconds = Math.max(60, Math.round((alert.expiresAt - ctx.clock.now()) / 1000));
  await notifyMembers(ctx, audience, { kind: 'alert', id: alert.id }, { ttlSeconds });
}

/**
 * A verifier makes an alert from a confirmed report. Up to 50 members it goes out at once; above
 * that it waits for a second, different verifier (R-BCAST-1) and reaches nobody until then.
 */
export async function createAlert(ctx: AppContext, verifier: Principal, input: NewAlert): Promise<Alert> {
  const { incident, template, targets, messages } = await draft(ctx, input);
  const zoneIds = targets.zones.map((z) => z.id);
  const audience = await audienceOf(ctx, zoneIds);
  const now = ctx.clock.now();
  const waits = audience.length > SECOND_VERIFIER_ABOVE;
  const row: AlertTable = {
    id: ctx.ids.next(),
    reportId: incident.id,
    zoneId: incident.zoneId,
    template,
    state: waits ? 'awaiting_second_verifier' : 'sent',
    messages: JSON.stringify(messages),
    note: input.note,
    radiusKm: targets.radiusKm,
    audience: audience.length,
    seenAt: incident.seenAt,
    createdAt: now,
    firstVerifierId: verifier.memberId,
    secondVerifierId: null,
    sentAt: waits ? null : now,
    expiresAt: now + input.expiresInMinutes * MINUTE,
    endedAt: null,
  };
  const eventId = ctx.ids.next();
  await ctx.db.transaction().execute(async (tx) => {
    // One incident, one alert at a time: what changes later is an update to it, not a second broadcast.
    if (await liveAlertOf(tx, incident.id, now))
      throw conflict('alert_exists', 'This incident already has an active alert; post an update to it instead.', 'reportId');
    await insertAlert(tx, row);
    await insertTargets(
      tx,
      zoneIds.map((zoneId) => ({ alertId: row.id, zoneId, addedAt: now })),
    );
    if (!waits) await insertEvent(tx, sentEvent(row, eventId, verifier));
    const action = waits ? 'alert.awaiting_second_verifier' : 'alert.sent';
    await audit(ctx, tx, { actor: verifier, action, objectType: 'alert', objectId: row.id, incidentId: row.reportId });
  });
  const alert = await presentAlert(ctx, row);
  if (waits) await publishAlertEvent(ctx, { eventId: null, kind: 'awaiting', alert });
  else await deliver(ctx, alert, eventId, audience);
  return alert;
}

const sentEvent = (row: AlertTable, id: string, by: Principal) => ({
  id,
  alertId: row.id,
  kind: 'sent' as const,
  zoneId: null,
  note: row.note,
  messages: row.messages,
  createdAt: row.sentAt ?? row.createdAt,
  createdBy: by.memberId,
});

/** The second verifier of an alert over the limit: someone other than the one who made it. */
export async function approveAlert(ctx: AppContext, verifier: Principal, id: string): Promise<Alert> {
  const row = await findAlert(ctx.db, id);
  if (!row) throw notFound('Alert');
  if (row.state !== 'awaiting_second_verifier') throw conflict('not_awaiting_approval', 'This alert is not waiting for approval.');
  if (row.firstVerifierId === verifier.memberId) throw forbidden('A different verifier must approve an alert you made.', 'same_verifier');
  const now = ctx.clock.now();
  if (row.expiresAt <= now) throw conflict('alert_expired', 'This alert has expired.');
  await alertableIncident(ctx, row.reportId);
  const zoneIds = (await targetsOf(ctx.db, [id])).map((t) => t.zoneId);
  const audience = await audienceOf(ctx, zoneIds);
  const sent: AlertTable = { ...row, state: 'sent', secondVerifierId: verifier.memberId, sentAt: now, audience: audience.length };
  const eventId = ctx.ids.next();
  await ctx.db.transaction().execute(async (tx) => {
    const { state, secondVerifierId, sentAt } = sent;
    if (!(await changeAlert(tx, id, ['awaiting_second_verifier'], { state, secondVerifierId, sentAt, audience: sent.audience })))
      throw conflict('not_awaiting_approval', 'This alert is not waiting for approval.');
    await insertEvent(tx, sentEvent(sent, eventId, verifier));
    await audit(ctx, tx, { actor: verifier, action: 'alert.sent', objectType: 'alert', objectId: id, incidentId: row.reportId });
  });
  const alert = await presentAlert(ctx, sent);
  await deliver(ctx, alert, eventId, audience);
  return alert;
}
