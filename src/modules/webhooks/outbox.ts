import type { AppContext } from '../../context';
import { PUBLIC_EVENT_TYPES, type PublicEvent } from '../../core/bus/public-events';
import { commitTogether } from '../../core/db/group-commit';
import { MAX_ATTEMPTS, retryDelayMs, shouldRetry } from './backoff';
import type { PING_EVENT_TYPE } from './contract';
import { eventTypesOf } from './endpoints';
import { claimDelivery, findClaimed, insertAttempt, insertDeliveries, listActiveEndpoints, settleDelivery } from './repository';
import type { WebhookAttemptTable, WebhookDeliveryTable } from './schema';
import { postWebhook, SEND_TIMEOUT_MS, type SendResult } from './sender';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from './signature';

/** A sender holds a delivery this long; longer than any send, so only a dead node's claim runs out. */
const LEASE_MS = SEND_TIMEOUT_MS + 50_000;

export const newDelivery = (ctx: AppContext, endpointId: string, event: PublicEvent | PingEvent): WebhookDeliveryTable => ({
  id: ctx.ids.next(),
  endpointId,
  eventId: event.id,
  eventType: event.type,
  // Serialised once, so every attempt sends (and signs) the same bytes.
  payload: JSON.stringify({ id: event.id, type: event.type, at: event.at, data: event.data }),
  state: 'pending',
  failures: 0,
  nextAttemptAt: ctx.clock.now(),
  claimToken: null,
  claimedUntil: null,
  createdAt: ctx.clock.now(),
  deliveredAt: null,
  lastStatusCode: null,
  lastErrorClass: null,
});

export type PingEvent = { id: string; type: typeof PING_EVENT_TYPE; at: number; data: { endpointId: string } };

const isPublicEvent = (e: unknown): e is PublicEvent => {
  const event = e as Partial<PublicEvent> | null;
  return typeof event?.id === 'string' && PUBLIC_EVENT_TYPES.includes(event.type as never) && typeof event.at === 'number';
};

/**
 * Queues a public event for every active endpoint that wants its type. Every node hears every event;
 * the unique (endpoint, event) key makes the first insert win. Returns how many this node queued.
 */
export async function enqueueEvent(ctx: AppContext, event: unknown): Promise<number> {
  if (!isPublicEvent(event)) return 0;
  const endpoints = (await listActiveEndpoints(ctx.db)).filter((e) => eventTypesOf(e).includes(event.type));
  if (!endpoints.length) return 0;
  const rows = endpoints.map((e) => newDelivery(ctx, e.id, event));
  // A busy campaign makes many events a second: their outbox rows share commits (one fsync) on SQLite.
  return commitTogether(ctx.db, ctx.dialect, (tx) => insertDeliveries(tx, rows));
}

/** 2xx is delivered; a status worth retrying waits per the backoff; anything else (or the last try) has failed. */
function outcomeOf(failuresBefore: number, result: SendResult, at: number): Partial<WebhookDeliveryTable> {
  const last = { lastStatusCode: result.statusCode, lastErrorClass: result.errorClass };
  const status = result.statusCode;
  if (status !== null && status >= 200 && status <= 299) return { ...last, state: 'delivered', deliveredAt: at, nextAttemptAt: null };
  const failures = failuresBefore + 1;
  if (shouldRetry(status) && failures < MAX_ATTEMPTS)
    return { ...last, state: 'pending', failures, nextAttemptAt: at + retryDelayMs(failures) };
  return { ...last, state: 'failed', failures, nextAttemptAt: null };
}

/** Sends a delivery once if this caller can claim it; false when someone else holds it. */
export async function claimAndSend(ctx: AppContext, deliveryId: string, manual: boolean): Promise<boolean> {
  const token = ctx.ids.next();
  const now = ctx.clock.now();
  if (!(await claimDelivery(ctx.db, deliveryId, { now, token, until: now + LEASE_MS, manual }))) return false;
  const d = await findClaimed(ctx.db, deliveryId, token);
  if (!d) return false;
  const secrets = d.previousSecret && (d.previousSecretUntil ?? 0) > now ? [d.secret, d.previousSecret] : [d.secret];
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'Whistle-Webhooks/1',
    [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secrets, d.payload, Math.floor(now / 1000)),
    'Whistle-Event-Id': d.eventId,
    'Whistle-Event-Type': d.eventType,
  };
  const result = await postWebhook(d.url, d.payload, headers, { allowPrivate: ctx.config.webhooksAllowPrivate });
  const at = ctx.clock.now();
  const attempt: WebhookAttemptTable = {
    id: ctx.ids.next(),
    deliveryId,
    at,
    statusCode: result.statusCode,
    errorClass: result.errorClass,
    durationMs: result.durationMs,
    responseSnippet: result.snippet,
  };
  await ctx.db.transaction().execute(async (tx) => {
    // The attempt happened either way; its outcome counts only while the claim is still ours.
    await insertAttempt(tx, attempt);
    await settleDelivery(tx, deliveryId, token, outcomeOf(d.failures, result, at));
  });
  return true;
}
