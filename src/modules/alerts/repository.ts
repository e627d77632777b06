import type { Db } from '../../database';
import type { AlertState } from './contract';
import type { AlertTable, AlertTargetTable, AlertUpdateTable } from './schema';

/** Queries of the alerts module; every function takes the database (or a transaction) first. */

export const insertAlert = (db: Db, row: AlertTable) => db.insertInto('alert').values(row).execute();

export async function insertTargets(db: Db, rows: AlertTargetTable[]) {
  if (rows.length) await db.insertInto('alertTarget').values(rows).execute();
}

export const insertEvent = (db: Db, row: AlertUpdateTable) => db.insertInto('alertUpdate').values(row).execute();

export const findAlert = (db: Db, id: string) => db.selectFrom('alert').selectAll().where('id', '=', id).executeTakeFirst();

export async function findAlerts(db: Db, ids: readonly string[]): Promise<AlertTable[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('alert')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/**
 * Moves an alert on only from the states it may leave; false when another request got there first
 * (so two verifiers approving at once, or an all-clear racing a cancel, cannot both win).
 */
export async function changeAlert(db: Db, id: string, from: readonly AlertState[], set: Partial<AlertTable>): Promise<boolean> {
  const result = await db.updateTable('alert').set(set).where('id', '=', id).where('state', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function targetsOf(db: Db, alertIds: readonly string[]): Promise<AlertTargetTable[]> {
  if (!alertIds.length) return [];
  return db.selectFrom('alertTarget').selectAll().where('alertId', 'in', alertIds).orderBy('addedAt').execute();
}

export async function eventsOf(db: Db, alertIds: readonly string[]): Promise<AlertUpdateTable[]> {
  if (!alertIds.length) return [];
  return db.selectFrom('alertUpdate').selectAll().where('alertId', 'in', alertIds).orderBy('id').execute();
}

/** Alerts sent to any of these zones that have not expired, newest first; `state` narrows them. */
export async function alertsForZones(
  db: Db,
  zoneIds: readonly string[],
  now: number,
  states: readonly AlertState[],
): Promise<AlertTable[]> {
  if (!zoneIds.length) return [];
  return db
    .selectFrom('alert')
    .selectAll()
    .where('state', 'in', states)
    .where('expiresAt', '>', now)
    .where('sentAt', 'is not', null)
    .where('id', 'in', (eb) => eb.selectFrom('alertTarget').select('alertId').where('zoneId', 'in', zoneIds))
    .orderBy('sentAt', 'desc')
    .execute();
}

/** Every alert of one incident, newest first. */
export const alertsOfIncident = (db: Db, reportId: string) =>
  db.selectFrom('alert').selectAll().where('reportId', '=', reportId).orderBy('createdAt', 'desc').execute();

/** An alert of this incident that is out, or waiting to go out, and has not expired. */
export const liveAlertOf = (db: Db, reportId: string, now: number) =>
  db
    .selectFrom('alert')
    .select('id')
    .where('reportId', '=', reportId)
    .where('state', 'in', ['sent', 'awaiting_second_verifier'])
    .where('expiresAt', '>', now)
    .executeTakeFirst();

/** Every sent alert that is active now. */
export const activeAlerts = (db: Db, now: number) =>
  db.selectFrom('alert').selectAll().where('state', '=', 'sent').where('expiresAt', '>', now).orderBy('sentAt', 'desc').execute();

export const awaitingAlerts = (db: Db, now: number) =>
  db
    .selectFrom('alert')
    .selectAll()
    .where('state', '=', 'awaiting_second_verifier')
    .where('expiresAt', '>', now)
    .orderBy('createdAt')
    .execute();

/** What a reconnecting member missed: events after `afterId` of sent alerts to their zones that have not expired. */
export async function eventsAfter(db: Db, zoneIds: readonly string[], afterId: string, now: number, limit: number) {
  if (!zoneIds.length) return [];
  return db
    .selectFrom('alertUpdate as u')
    .innerJoin('alert as a', 'a.id', 'u.alertId')
    .select(['u.id', 'u.alertId', 'u.kind'])
    .where('u.id', '>', afterId)
    .where('a.sentAt', 'is not', null)
    .where('a.expiresAt', '>', now)
    .where('a.id', 'in', (eb) => eb.selectFrom('alertTarget').select('alertId').where('zoneId', 'in', zoneIds))
    .orderBy('u.id')
    .limit(limit)
    .execute();
}

/** Alerts past their expiry that nothing has ended yet. */
export const alertsDueToExpire = (db: Db, now: number) =>
  db.selectFrom('alert').selectAll().where('state', 'in', ['sent', 'awaiting_second_verifier']).where('expiresAt', '<=', now).execute();

/** R-RET-1: alerts (their targets and events go with them) that ended before `cutoff`. */
export async function deleteAlertsEndedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('alert')
    .where((eb) => eb(eb.fn.coalesce('endedAt', 'expiresAt'), '<', cutoff))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
