import https from 'node:https';
import { encryptAes128gcm } from './aes128gcm';
import type { Limiter } from './limiter';
import type { VapidSigner } from './vapid';

/**
 * Sends Web Push messages (RFC 8030) over kept-alive HTTPS connections: a fresh RFC 8291 encryption per
 * message, a VAPID header reused per push service, and no library between us and node:https.
 */

export interface PushTarget {
  endpoint: string;
  /** base64url, as the browser gave them. */
  p256dh: string;
  auth: string;
}

export type Urgency = 'very-low' | 'low' | 'normal' | 'high';

export interface SendOptions {
  /** How long the push service may hold the message for an offline device. */
  ttlSeconds: number;
  urgency: Urgency;
  /** RFC 8030 §5.4: a newer message with the same topic replaces one not yet delivered. */
  topic?: string;
}

/**
 * The push service's HTTP status, or why there was none: `retryable` when the request may simply
 * have met a closed connection, not when the subscription itself could not be used.
 */
export type SendResult = { status: number } | { error: string; retryable: boolean };

const REQUEST_TIMEOUT_MS = 15_000;

export function pushAgent(opts: { maxSockets: number; ca?: string | Buffer }) {
  return new https.Agent({ keepAlive: true, maxSockets: opts.maxSockets, ca: opts.ca });
}

export class PushSender {
  constructor(
    private readonly vapid: VapidSigner,
    private readonly agent: https.Agent,
  ) {}

  send(target: PushTarget, payload: Buffer, opts: SendOptions): Promise<SendResult> {
    let url: URL;
    let body: Buffer;
    try {
      url = new URL(target.endpoint);
      body = encryptAes128gcm({ p256dh: Buffer.from(target.p256dh, 'base64url'), auth: Buffer.from(target.auth, 'base64url') }, payload);
    } catch (err) {
      return Promise.resolve({ error: `unusable subscription: ${(err as Error).message}`, retryable: false });
    }
    const headers: Record<string, string | number> = {
      Authorization: this.vapid.authorization(url.origin),
      'Content-Encoding': 'aes128gcm',
      'Content-Type': 'application/octet-stream',
      'Content-Length': body.length,
      TTL: opts.ttlSeconds,
      Urgency: opts.urgency,
    };
    if (opts.topic) headers.Topic = opts.topic;
    return new Promise((resolve) => {
      const req = https.request(url, { method: 'POST', headers, agent: this.agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', (err) => resolve({ error: err.message, retryable: true }));
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (err) => resolve({ error: err.message, retryable: true }));
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/**
 * Sends one payload to many devices, `limiter` bounding how many requests are in flight. A request
 * that got no answer is tried once more: a kept-alive connection the server just closed fails that way.
 */
export async function sendToAll<T extends PushTarget>(
  sender: PushSender,
  limiter: Limiter,
  targets: readonly T[],
  payload: Buffer,
  opts: SendOptions,
): Promise<{ target: T; result: SendResult }[]> {
  return Promise.all(
    targets.map((target) =>
      limiter.run(async () => {
        let result = await sender.send(target, payload, opts);
        if ('error' in result && result.retryable) result = await sender.send(target, payload, opts);
        return { target, result };
      }),
    ),
  );
}
