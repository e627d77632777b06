import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { PING_EVENT_TYPE, type WebhookDelivery, type WebhookDeliveryList } from './contract';
import { claimAndSend, newDelivery, type PingEvent } from './outbox';
import { findDelivery, findEndpoint, insertDeliveries, listAttemptsOf, listDeliveryRows } from './repository';
import type { WebhookDeliveryTable } from './schema';

/** What organisers see of deliveries and what they may do with them: look, redeliver, send a test. */

async function present(ctx: AppContext, rows: WebhookDeliveryTable[]): Promise<WebhookDelivery[]> {
  const attempts = await listAttemptsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map(({ payload: _payload, claimToken: _token, claimedUntil: _until, ...r }) => ({
    ...r,
    attempts: attempts.filter((a) => a.deliveryId === r.id).map(({ deliveryId: _delivery, ...a }) => a),
  }));
}

async function existingEndpoint(ctx: AppContext, id: string) {
  if (!(await findEndpoint(ctx.db, id))) throw notFound('Webhook endpoint');
}

async function presentOne(ctx: AppContext, endpointId: string, id: string): Promise<WebhookDelivery> {
  const row = await findDelivery(ctx.db, endpointId, id);
  if (!row) throw notFound('Delivery');
  return (await present(ctx, [row]))[0];
}

/** Newest first; `before` (a delivery id — ids sort by time) pages back. */
export async function listDeliveries(
  ctx: AppContext,
  endpointId: string,
  page: { limit: number; before?: string },
): Promise<WebhookDeliveryList> {
  await existingEndpoint(ctx, endpointId);
  const rows = await listDeliveryRows(ctx.db, endpointId, page.limit + 1, page.before);
  const shown = rows.slice(0, page.limit);
  return { deliveries: await present(ctx, shown), nextCursor: rows.length > page.limit ? shown[shown.length - 1].id : null };
}

/** Sends a delivery again now, whatever became of it, with a fresh set of retries; answers with the outcome. */
export async function redeliver(ctx: AppContext, actor: Principal, endpointId: string, id: string): Promise<WebhookDelivery> {
  if (!(await findDelivery(ctx.db, endpointId, id))) throw notFound('Delivery');
  if (!(await claimAndSend(ctx, id, true)))
    throw conflict('webhook_delivery_busy', 'This delivery is being sent right now. Reload in a minute.');
  await audit(ctx, ctx.db, { actor, action: 'webhook.redelivered', objectType: 'webhook_delivery', objectId: id });
  return presentOne(ctx, endpointId, id);
}

/** A `ping` event with no content, sent now (to an inactive endpoint too), to check the receiver and its secret. */
export async function sendPing(ctx: AppContext, endpointId: string): Promise<WebhookDelivery> {
  await existingEndpoint(ctx, endpointId);
  const ping: PingEvent = { id: ctx.ids.next(), type: PING_EVENT_TYPE, at: ctx.clock.now(), data: { endpointId } };
  const row = newDelivery(ctx, endpointId, ping);
  await insertDeliveries(ctx.db, [row]);
  await claimAndSend(ctx, row.id, true);
  return presentOne(ctx, endpointId, row.id);
}
