import type { AppContext } from '../../context';
import { zoneNames } from '../zones';
import type { Alert, AlertEvent, Messages } from './contract';
import { eventsOf, targetsOf } from './repository';
import type { AlertTable, AlertTargetTable, AlertUpdateTable } from './schema';

const zoneRef = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });

function presentEvent(row: AlertUpdateTable, names: Map<string, string>): AlertEvent {
  return {
    id: row.id,
    kind: row.kind,
    zone: row.zoneId ? zoneRef(names, row.zoneId) : null,
    note: row.note,
    messages: JSON.parse(row.messages) as Messages,
    at: row.createdAt,
  };
}

/** The report's zone first, then the others in the order they were added (a move comes last), by name within that. */
function targetsInOrder(row: AlertTable, targets: AlertTargetTable[], names: Map<string, string>) {
  const first = (t: AlertTargetTable) => Number(t.zoneId === row.zoneId);
  return targets
    .filter((t) => t.alertId === row.id)
    .sort(
      (a, b) => first(b) - first(a) || a.addedAt - b.addedAt || (names.get(a.zoneId) ?? '').localeCompare(names.get(b.zoneId) ?? '', 'en'),
    )
    .map((t) => zoneRef(names, t.zoneId));
}

/** Alerts as members see them: targets with names, events in order, and no verifier's identity. */
export async function presentAlerts(ctx: AppContext, rows: readonly AlertTable[]): Promise<Alert[]> {
  const ids = rows.map((r) => r.id);
  const [targets, events] = await Promise.all([targetsOf(ctx.db, ids), eventsOf(ctx.db, ids)]);
  const names = await zoneNames(ctx, [...targets.map((t) => t.zoneId), ...events.flatMap((e) => (e.zoneId ? [e.zoneId] : []))]);
  return rows.map((row) => ({
    id: row.id,
    reportId: row.reportId,
    template: row.template,
    state: row.state,
    messages: JSON.parse(row.messages) as Messages,
    note: row.note,
    zones: targetsInOrder(row, targets, names),
    radiusKm: row.radiusKm,
    verifiers: row.secondVerifierId ? 2 : 1,
    audience: row.audience,
    seenAt: row.seenAt,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    expiresAt: row.expiresAt,
    endedAt: row.endedAt,
    events: events.filter((e) => e.alertId === row.id).map((e) => presentEvent(e, names)),
  }));
}

export async function presentAlert(ctx: AppContext, row: AlertTable): Promise<Alert> {
  return (await presentAlerts(ctx, [row]))[0];
}
