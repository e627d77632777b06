import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import type { WebhookAttemptTable, WebhookDeliveryTable, WebhookEndpointTable } from './schema';

/** Queries of the webhooks module; every function takes the database (or a transaction) first. */

// Endpoints

export const insertEndpoint = (db: Db, row: WebhookEndpointTable) => db.insertInto('webhookEndpoint').values(row).execute();

export const findEndpoint = (db: Db, id: string) => db.selectFrom('webhookEndpoint').selectAll().where('id', '=', id).executeTakeFirst();

export const listEndpointRows = (db: Db) => db.selectFrom('webhookEndpoint').selectAll().orderBy('createdAt').orderBy('id').execute();

export const listActiveEndpoints = (db: Db) => db.selectFrom('webhookEndpoint').selectAll().where('active', '=', 1).execute();

/** False when there is no such endpoint (any more). */
export const updateEndpointRow = async (db: Db, id: string, set: Partial<WebhookEndpointTable>) =>
  changedAny(await db.updateTable('webhookEndpoint').set(set).where('id', '=', id).executeTakeFirst());

export const deleteEndpointRow = async (db: Db, id: string) =>
  Number((await db.deleteFrom('webhookEndpoint').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;

// Deliveries

/** Inserts the deliveries not made before (by this or another node); returns how many it made. */
export async function insertDeliveries(db: Db, rows: WebhookDeliveryTable[]): Promise<number> {
  if (!rows.length) return 0;
  const inserted = await db
    .insertInto('webhookDelivery')
    .values(rows)
    .onConflict((oc) => oc.columns(['endpointId', 'eventId']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export const findDelivery = (db: Db, endpointId: string, id: string) =>
  db.selectFrom('webhookDelivery').selectAll().where('id', '=', id).where('endpointId', '=', endpointId).executeTakeFirst();

/** Deliveries a sender may take now: pending and due, or held by a sender whose lease ran out. */
export const listDueDeliveryIds = async (db: Db, now: number, limit: number) =>
  (
    await db
      .selectFrom('webhookDelivery')
      .innerJoin('webhookEndpoint', 'webhookEndpoint.id', 'webhookDelivery.endpointId')
      .select('webhookDelivery.id')
      .where('webhookEndpoint.active', '=', 1)
      .where((eb) =>
        eb.or([
          eb.and([eb('webhookDelivery.state', '=', 'pending'), eb('webhookDelivery.nextAttemptAt', '<=', now)]),
          eb.and([eb('webhookDelivery.state', '=', 'sending'), eb('webhookDelivery.claimedUntil', '<=', now)]),
        ]),
      )
      .orderBy('webhookDelivery.nextAttemptAt')
      .limit(limit)
      .execute()
  ).map((r) => r.id);

export interface Claim {
  now: number;
  token: string;
  until: number;
  /** Redeliver or test: any delivery not being sent right now, with its retry count started afresh. */
  manual: boolean;
}

/**
 * Takes a delivery for one attempt if it is still free: the update's condition is checked by the
 * database as it writes, so of two nodes (or a tick and a redeliver) only one gets it.
 */
export async function claimDelivery(db: Db, id: string, claim: Claim) {
  const { now, token, until, manual } = claim;
  const result = await db
    .updateTable('webhookDelivery')
    .set(
      manual
        ? { state: 'sending', claimToken: token, claimedUntil: until, failures: 0 }
        : { state: 'sending', claimToken: token, claimedUntil: until },
    )
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        manual ? eb('state', '!=', 'sending') : eb.and([eb('state', '=', 'pending'), eb('nextAttemptAt', '<=', now)]),
        eb.and([eb('state', '=', 'sending'), eb('claimedUntil', '<=', now)]),
      ]),
    )
    .executeTakeFirst();
  return changedAny(result);
}

export const findClaimed = (db: Db, id: string, token: string) =>
  db
    .selectFrom('webhookDelivery')
    .innerJoin('webhookEndpoint', 'webhookEndpoint.id', 'webhookDelivery.endpointId')
    .select([
      'webhookDelivery.id',
      'webhookDelivery.eventId',
      'webhookDelivery.eventType',
      'webhookDelivery.payload',
      'webhookDelivery.failures',
      'webhookEndpoint.url',
      'webhookEndpoint.secret',
      'webhookEndpoint.previousSecret',
      'webhookEndpoint.previousSecretUntil',
    ])
    .where('webhookDelivery.id', '=', id)
    .where('webhookDelivery.claimToken', '=', token)
    .executeTakeFirst();

/** Records the outcome, unless the claim was lost meanwhile (then the other sender's outcome stands). */
export const settleDelivery = async (db: Db, id: string, token: string, set: Partial<WebhookDeliveryTable>) =>
  changedAny(
    await db
      .updateTable('webhookDelivery')
      .set({ ...set, claimToken: null, claimedUntil: null })
      .where('id', '=', id)
      .where('claimToken', '=', token)
      .executeTakeFirst(),
  );

export const insertAttempt = (db: Db, row: WebhookAttemptTable) => db.insertInto('webhookAttempt').values(row).execute();

/** The newest deliveries of an endpoint, older than `before` (a delivery id: ids sort by time). */
export const listDeliveryRows = (db: Db, endpointId: string, limit: number, before?: string) => {
  let q = db.selectFrom('webhookDelivery').selectAll().where('endpointId', '=', endpointId);
  if (before) q = q.where('id', '<', before);
  return q.orderBy('id', 'desc').limit(limit).execute();
};

export const listAttemptsOf = (db: Db, deliveryIds: readonly string[]) =>
  deliveryIds.length
    ? db
        .selectFrom('webhookAttempt')
        .selectAll()
        .where('deliveryId', 'in', [...deliveryIds])
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    : Promise.resolve([]);

// Retention

/** Deliveries (with their attempts) made before `cutoff`, except one being sent at this moment. */
export async function deleteDeliveriesBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db.deleteFrom('webhookDelivery').where('createdAt', '<', cutoff).where('state', '!=', 'sending').executeTakeFirst();
  return Number(result.numDeletedRows);
}
