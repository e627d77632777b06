import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import { hasRole, type Principal } from '../../core/roles';
import { getWatchedZones } from '../zones';
import type { Alert } from './contract';
import { presentAlert, presentAlerts } from './present';
import { alertsForZones, alertsOfIncident, awaitingAlerts, findAlert } from './repository';

/** Active alerts (sent, not ended, not expired by the clock) for the zones a member watches. */
export async function listMyAlerts(ctx: AppContext, memberId: string): Promise<Alert[]> {
  const zoneIds = (await getWatchedZones(ctx, memberId)).zoneIds;
  return presentAlerts(ctx, await alertsForZones(ctx.db, zoneIds, ctx.clock.now(), ['sent']));
}

/** For verifiers: alerts over the limit that still wait for a second verifier. */
export async function listAwaiting(ctx: AppContext): Promise<Alert[]> {
  return presentAlerts(ctx, await awaitingAlerts(ctx.db, ctx.clock.now()));
}

/**
 * One alert by id. Once sent, an alert was meant to be read by many and holds nothing private, so any
 * signed-in member may open it (a push or a forwarded link may point to a zone they do not watch).
 * One that never went out is the verifiers' business: others are told it does not exist.
 */
export async function getAlert(ctx: AppContext, principal: Principal, id: string): Promise<Alert> {
  const row = await findAlert(ctx.db, id);
  if (!row || (row.sentAt === null && !hasRole(principal, 'verifier'))) throw notFound('Alert');
  return presentAlert(ctx, row);
}

/** Every alert made from one incident, for the verifiers and dispatchers handling it. */
export async function listIncidentAlerts(ctx: AppContext, reportId: string): Promise<Alert[]> {
  return presentAlerts(ctx, await alertsOfIncident(ctx.db, reportId));
}
