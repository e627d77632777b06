import { createECDH, createPublicKey, type ECDH, type KeyObject, randomBytes, randomUUID, verify } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { decryptAes128gcm } from './decrypt';
import { selfSignedCertificate } from './self-signed-cert';

/**
 * A push service on loopback, for tests and the benchmark: a real HTTPS server that checks each
 * message as FCM or Mozilla's autopush would — the VAPID JWT (ES256 signature with the key the
 * subscription was made for, audience, expiry; RFC 8292), the RFC 8030 headers — and then, playing
 * the device, decrypts the aes128gcm body (RFC 8291) with the subscription's private key.
 */

export interface DeviceSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface ReceivedPush {
  endpoint: string;
  payload: string;
  ttl: number;
  urgency: string | null;
  topic: string | null;
  /** The Authorization header as sent, to see whether VAPID tokens are reused. */
  authorization: string;
}

interface Device {
  ecdh: ECDH;
  auth: Buffer;
  applicationServerKey: string;
  /** Status to answer instead of accepting (404/410: the subscription is gone). */
  answer?: number;
}

const MAX_BODY = 4096;
const URGENCIES = new Set(['very-low', 'low', 'normal', 'high']);
const DAY_SECONDS = 86_400;

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const json = (b64url: string) => JSON.parse(Buffer.from(b64url, 'base64url').toString('utf8')) as Record<string, unknown>;

export interface DoubleOptions {
  /** The clock expiry is checked against (tests pin it); real time by default. */
  now?: () => number;
  /** Keep every accepted message in `received` (the benchmark only counts). */
  keep?: boolean;
}

export async function startPushServiceDouble(opts: DoubleOptions = {}) {
  const now = opts.now ?? Date.now;
  const keep = opts.keep ?? true;
  const devices = new Map<string, Device>();
  const received: ReceivedPush[] = [];
  const counts = { accepted: 0, refused: 0, payloads: {} as Record<string, number>, reasons: {} as Record<string, number> };
  const { cert, key } = selfSignedCertificate();
  let origin = '';

  const publicKeys = new Map<string, KeyObject>();
  /** The application server key as a key object, made once per key: every token is still verified. */
  function publicKeyOf(k: string): KeyObject {
    let key = publicKeys.get(k);
    if (!key) {
      const point = Buffer.from(k, 'base64url');
      const xy = { x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
      key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', ...xy }, format: 'jwk' });
      publicKeys.set(k, key);
    }
    return key;
  }

  function checkVapid(header: string | undefined, device: Device) {
    const m = /^vapid\s+t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\s*,\s*k=([A-Za-z0-9_-]+)\s*$/i.exec(header ?? '');
    if (!m) throw new Refused(401, 'no vapid authorization');
    const [, token, k] = m;
    if (k !== device.applicationServerKey) throw new Refused(403, 'key differs from the subscription');
    const [h, c, s] = token.split('.');
    const head = json(h);
    if (head.alg !== 'ES256') throw new Refused(401, 'jwt alg is not ES256');
    const signed = verify(
      'sha256',
      Buffer.from(`${h}.${c}`),
      { key: publicKeyOf(k), dsaEncoding: 'ieee-p1363' },
      Buffer.from(s, 'base64url'),
    );
    if (!signed) throw new Refused(401, 'jwt signature invalid');
    const claims = json(c);
    if (claims.aud !== origin) throw new Refused(401, 'jwt aud is not this push service');
    const seconds = now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= seconds) throw new Refused(401, 'jwt expired');
    if (claims.exp > seconds + DAY_SECONDS) throw new Refused(401, 'jwt exp more than 24 h ahead');
    if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) throw new Refused(401, 'jwt sub is not mailto: or https:');
  }

  function accept(req: IncomingMessage, body: Buffer): ReceivedPush {
    const id = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1];
    const device = id ? devices.get(id) : undefined;
    if (req.method !== 'POST' || !device) throw new Refused(404, 'no such subscription');
    if (device.answer) throw new Refused(device.answer, 'told to refuse');
    checkVapid(req.headers.authorization, device);
    const ttl = Number(req.headers.ttl);
    if (req.headers.ttl === undefined || !Number.isInteger(ttl) || ttl < 0) throw new Refused(400, 'TTL header missing or invalid');
    const urgency = (req.headers.urgency as string | undefined) ?? null;
    if (urgency !== null && !URGENCIES.has(urgency)) throw new Refused(400, 'invalid Urgency');
    const topic = (req.headers.topic as string | undefined) ?? null;
    if (topic !== null && !/^[A-Za-z0-9_-]{1,32}$/.test(topic)) throw new Refused(400, 'invalid Topic');
    if (req.headers['content-encoding'] !== 'aes128gcm') throw new Refused(415, 'content encoding is not aes128gcm');
    let payload: string;
    try {
      payload = decryptAes128gcm(body, device).toString('utf8');
    } catch (err) {
      throw new Refused(400, `body does not decrypt: ${(err as Error).message}`);
    }
    return { endpoint: `${origin}/push/${id}`, payload, ttl, urgency, topic, authorization: req.headers.authorization ?? '' };
  }

  const server = https.createServer({ cert, key, keepAliveTimeout: 60_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        if (size > MAX_BODY) throw new Refused(413, 'body larger than 4096 bytes');
        const push = accept(req, Buffer.concat(chunks));
        counts.accepted++;
        counts.payloads[push.payload] = (counts.payloads[push.payload] ?? 0) + 1;
        if (keep) received.push(push);
        res.writeHead(201, { Location: `/message/${randomUUID()}`, 'Content-Length': 0 }).end();
      } catch (err) {
        const status = err instanceof Refused ? err.status : 500;
        const reason = (err as Error).message;
        counts.refused++;
        counts.reasons[reason] = (counts.reasons[reason] ?? 0) + 1;
        res.writeHead(status, { 'Content-Type': 'text/plain' }).end(reason);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `https://127.0.0.1:${port}`;

  return {
    origin,
    /** host:port, as the sending side's list of allowed push services takes it. */
    host: `127.0.0.1:${port}`,
    /** The certificate to trust. */
    ca: cert,
    received,
    counts,
    /** What `PushManager.subscribe({ applicationServerKey })` gives a page. */
    subscribe(applicationServerKey: string): DeviceSubscription {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const id = randomUUID();
      devices.set(id, { ecdh, auth, applicationServerKey });
      return { endpoint: `${origin}/push/${id}`, keys: { p256dh: ecdh.getPublicKey('base64url'), auth: auth.toString('base64url') } };
    },
    /** From now on answer this subscription's messages with `status` (410: unsubscribed, 404: unknown). */
    answerWith(endpoint: string, status: number) {
      const device = devices.get(endpoint.split('/').pop() ?? '');
      if (!device) throw new Error('not a subscription of this double');
      device.answer = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
export type PushServiceDouble = Awaited<ReturnType<typeof startPushServiceDouble>>;
