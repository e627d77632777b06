import type { Db } from '../../database';
import type { PushSubscriptionTable, PushVapidTable } from './schema';

/** Queries of the push module; every function takes the database (or a transaction) first. */

const VAPID_ROW = 'vapid';
/** Below every engine's limit on bound parameters. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export const findVapidKeys = (db: Db) =>
  db.selectFrom('pushVapid').select(['publicKey', 'privateKey']).where('id', '=', VAPID_ROW).executeTakeFirst();

/** Inserts the key pair unless another node got there first (the primary key decides). */
export const insertVapidKeysIfMissing = (db: Db, row: Omit<PushVapidTable, 'id'>) =>
  db
    .insertInto('pushVapid')
    .values({ id: VAPID_ROW, ...row })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();

/** One row per endpoint: a device that subscribes again (or for another member) replaces its row. */
export const upsertSubscription = (db: Db, row: PushSubscriptionTable) =>
  db
    .insertInto('pushSubscription')
    .values(row)
    .onConflict((oc) =>
      oc.column('endpoint').doUpdateSet({ memberId: row.memberId, p256dh: row.p256dh, auth: row.auth, createdAt: row.createdAt }),
    )
    .execute();

/** Keeps a member's `keep` most recently registered devices and deletes the rest. */
export async function trimSubscriptions(db: Db, memberId: string, keep: number) {
  const extra = await db
    .selectFrom('pushSubscription')
    .select('id')
    .where('memberId', '=', memberId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .offset(keep)
    .limit(1000)
    .execute();
  if (extra.length)
    await db
      .deleteFrom('pushSubscription')
      .where(
        'id',
        'in',
        extra.map((r) => r.id),
      )
      .execute();
}

export async function deleteSubscription(db: Db, memberId: string, endpoint: string): Promise<boolean> {
  const result = await db
    .deleteFrom('pushSubscription')
    .where('endpoint', '=', endpoint)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function subscriptionsOf(db: Db, memberIds: readonly string[]) {
  const rows: Pick<PushSubscriptionTable, 'id' | 'endpoint' | 'p256dh' | 'auth'>[] = [];
  for (const chunk of chunks([...new Set(memberIds)])) {
    rows.push(
      ...(await db.selectFrom('pushSubscription').select(['id', 'endpoint', 'p256dh', 'auth']).where('memberId', 'in', chunk).execute()),
    );
  }
  return rows;
}

export async function markDelivered(db: Db, ids: readonly string[], at: number) {
  for (const chunk of chunks(ids)) await db.updateTable('pushSubscription').set({ lastSuccessAt: at }).where('id', 'in', chunk).execute();
}

export async function deleteSubscriptionsById(db: Db, ids: readonly string[]) {
  for (const chunk of chunks(ids)) await db.deleteFrom('pushSubscription').where('id', 'in', chunk).execute();
}

/**
 * Retention: a subscription that neither had a push accepted nor was registered again since `cutoff`
 * belongs to a device that is gone.
 */
export async function deleteSubscriptionsIdleSince(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .deleteFrom('pushSubscription')
    .where('createdAt', '<', cutoff)
    .where((eb) => eb.or([eb('lastSuccessAt', 'is', null), eb('lastSuccessAt', '<', cutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
