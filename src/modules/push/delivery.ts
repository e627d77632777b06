import { createHash } from 'node:crypto';
import type { AppContext } from '../../context';
import { HOUR, MINUTE } from '../../core/clock';
import { vapidKeys, vapidSubject } from './keys';
import { Limiter } from './limiter';
import { deleteSubscriptionsById, markDelivered, subscriptionsOf } from './repository';
import { PushSender, pushAgent, type SendOptions, sendToAll } from './sender';
import { VapidSigner } from './vapid';

/** What a push tells the device: only which kind of thing to open, and its id — never content. */
export interface PushMessage {
  kind: 'alert' | 'offer' | 'event' | 'pledge' | 'aid' | 'ride' | 'fund' | 'case' | 'shift' | 'marshal' | 'training';
  id: string;
}

/** Requests in flight to push services at once, per node. */
export const PUSH_CONCURRENCY = 32;

export interface PushTransportOptions {
  /** Extra certificate authorities to trust: only the test and bench double's self-signed certificate. */
  ca?: string | Buffer;
  /** Push service hosts (host:port) accepted besides the browsers' own: only the double's. */
  extraHosts?: string[];
  concurrency?: number;
}

interface Runtime {
  options: PushTransportOptions;
  limiter: Limiter;
  sender?: Promise<PushSender>;
  pending: Set<Promise<void>>;
}

const runtimes = new WeakMap<AppContext, Runtime>();

function runtimeOf(ctx: AppContext): Runtime {
  let rt = runtimes.get(ctx);
  if (!rt) {
    rt = { options: {}, limiter: new Limiter(PUSH_CONCURRENCY), pending: new Set() };
    runtimes.set(ctx, rt);
  }
  return rt;
}

/** For tests and benchmarks, before the first push: how to reach the push-service double. */
export function configurePushTransport(ctx: AppContext, options: PushTransportOptions) {
  const rt = runtimeOf(ctx);
  if (rt.sender) throw new Error('Configure the push transport before the first push');
  rt.options = options;
  rt.limiter = new Limiter(options.concurrency ?? PUSH_CONCURRENCY);
}

function senderOf(ctx: AppContext, rt: Runtime): Promise<PushSender> {
  rt.sender ??= vapidKeys(ctx).then(
    (keys) =>
      new PushSender(
        new VapidSigner(keys, vapidSubject(ctx.config.publicUrl), () => ctx.clock.now()),
        pushAgent({ maxSockets: rt.limiter.limit, ca: rt.options.ca }),
      ),
  );
  rt.sender.catch(() => {
    rt.sender = undefined;
  });
  return rt.sender;
}

export const extraPushHostsOf = (ctx: AppContext): readonly string[] => runtimes.get(ctx)?.options.extraHosts ?? [];

/** A dispatch offer is worthless once it expires; an alert lasts 2 hours by default (12 at most). */
function sendOptions(ctx: AppContext, message: PushMessage, ttlSeconds?: number): SendOptions {
  const ttl = ttlSeconds ?? (message.kind === 'alert' ? (2 * HOUR) / 1000 : (ctx.config.dispatchOfferMinutes * MINUTE) / 1000);
  // Base64url of a hash fits the Topic header's 32 characters; an update of the same alert replaces
  // a push still waiting at the push service.
  const topic = createHash('sha256').update(`${message.kind}:${message.id}`).digest('base64url').slice(0, 32);
  return { ttlSeconds: Math.max(0, Math.round(ttl)), urgency: 'high', topic };
}

async function deliver(ctx: AppContext, rt: Runtime, memberIds: readonly string[], message: PushMessage, ttlSeconds?: number) {
  const targets = await subscriptionsOf(ctx.db, memberIds);
  if (!targets.length) return;
  const sender = await senderOf(ctx, rt);
  const payload = Buffer.from(JSON.stringify({ kind: message.kind, id: message.id }));
  const results = await sendToAll(sender, rt.limiter, targets, payload, sendOptions(ctx, message, ttlSeconds));

  const delivered: string[] = [];
  const gone: string[] = [];
  const failures = new Map<string, number>();
  for (const { target, result } of results) {
    if ('status' in result && result.status >= 200 && result.status < 300) delivered.push(target.id);
    else if ('status' in result && (result.status === 404 || result.status === 410)) gone.push(target.id);
    else {
      // The endpoint is a capability: only the push service's origin and the reason are logged.
      const key = `${new URL(target.endpoint).origin} ${'status' in result ? `HTTP ${result.status}` : result.error}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await markDelivered(tx, delivered, now);
    await deleteSubscriptionsById(tx, gone);
  });
  if (failures.size) ctx.log.warn('push not delivered', { kind: message.kind, id: message.id, failures: Object.fromEntries(failures) });
  ctx.log.info('push sent', { kind: message.kind, id: message.id, delivered: delivered.length, gone: gone.length });
}

/**
 * Sends a content-free Web Push to every subscribed device of these members, in the background:
 * the caller's request does not wait for push services. `flushPush` waits for it (tests).
 * `ttlSeconds` overrides how long push services may hold it (default: 2 h for an alert, the offer
 * time for an offer); `until` holds it only until that instant (a shift or session starting), and
 * at least a minute, so a push right before it still goes.
 */
export async function notifyMembers(
  ctx: AppContext,
  memberIds: readonly string[],
  message: PushMessage,
  opts: { ttlSeconds?: number; until?: number } = {},
): Promise<void> {
  if (!memberIds.length) return;
  const rt = runtimeOf(ctx);
  const ttlSeconds = opts.until === undefined ? opts.ttlSeconds : Math.max(MINUTE, opts.until - ctx.clock.now()) / 1000;
  const job = deliver(ctx, rt, memberIds, message, ttlSeconds).catch((err) =>
    ctx.log.error('push failed', { kind: message.kind, id: message.id, err: String(err) }),
  );
  rt.pending.add(job);
  void job.finally(() => rt.pending.delete(job));
}

/** Waits until every push started so far has been answered (or has failed) and recorded. */
export async function flushPush(ctx: AppContext): Promise<void> {
  const rt = runtimes.get(ctx);
  while (rt?.pending.size) await Promise.all([...rt.pending]);
}

/** Lets the pushes in flight finish, then closes the connections to push services. */
export async function stopPush(ctx: AppContext): Promise<void> {
  await flushPush(ctx);
  const rt = runtimes.get(ctx);
  runtimes.delete(ctx);
  const sender = await rt?.sender?.catch(() => undefined);
  sender?.close();
}
