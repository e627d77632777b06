import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Webhook signature scheme (Stripe-style), for receivers:
 *
 *   Whistle-Signature: t=<timestamp>,v1=<signature>[,v1=<signature>...]
 *
 *   timestamp  decimal epoch SECONDS at which the delivery was signed
 *   signature  lowercase hex HMAC-SHA256, keyed with the UTF-8 bytes of the whole secret string
 *              (including its `whsec_` prefix), over the bytes of `<timestamp>.<raw request body>`
 *
 * To verify: take the raw body bytes exactly as received (before any JSON parsing), recompute the
 * HMAC for the header's timestamp, compare it in constant time with EACH v1 value (any match is
 * valid: while a secret is being rotated the sender signs with the old and the new one), then reject
 * timestamps more than 5 minutes from your clock so a captured delivery cannot be replayed later.
 * Unknown keys (a future `v2=`) are ignored so the scheme can evolve without breaking receivers.
 */

export const WEBHOOK_SIGNATURE_HEADER = 'Whistle-Signature';
export const DEFAULT_TOLERANCE_SECONDS = 300;

const SECRET_PREFIX = 'whsec_';
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const DIGITS = /^[0-9]{1,11}$/;
// Year 5138: anything larger is almost surely epoch MILLISECONDS (what the rest of Whistle uses) passed by mistake.
const MAX_TIMESTAMP = 99_999_999_999;
// Bounds the HMAC work an unauthenticated caller can make us do per request.
const MAX_HEADER_LENGTH = 1024;

export type WebhookBody = string | Uint8Array;
export type VerifyFailure = 'malformed' | 'too_old' | 'too_new' | 'bad_signature';
export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

function hmac(secret: string, body: WebhookBody, timestamp: number): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

/** Signs with every given secret (several only while rotating, newest first by convention). */
export function signWebhook(secret: string | readonly string[], body: WebhookBody, timestamp: number): string {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (secrets.length === 0 || secrets.some((s) => s.length === 0)) throw new RangeError('webhook secret must not be empty');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0 || timestamp > MAX_TIMESTAMP) {
    throw new RangeError('timestamp must be whole epoch seconds');
  }
  const signatures = secrets.map((s) => `v1=${hmac(s, body, timestamp).toString('hex')}`);
  return [`t=${timestamp}`, ...signatures].join(',');
}

type ParsedHeader = { timestamp: number; signatures: Buffer[] };

function parseHeader(header: string): ParsedHeader | null {
  if (header.length === 0 || header.length > MAX_HEADER_LENGTH) return null;
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (timestamp !== null || !DIGITS.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!HEX_SHA256.test(value)) return null;
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  if (timestamp === null || signatures.length === 0) return null;
  return { timestamp, signatures };
}

function matchesAny(expected: Buffer, candidates: readonly Buffer[]): boolean {
  let matched = false;
  // No early exit, so timing does not reveal which entry (if any) matched.
  for (const candidate of candidates) {
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) matched = true;
  }
  return matched;
}

/**
 * The signature is checked before the clock, so `too_old`/`too_new` only ever describe a genuine
 * delivery (a replay or a skewed clock), never a forgery.
 */
export function verifyWebhook(
  secret: string,
  body: WebhookBody,
  header: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): VerifyResult {
  if (!(nowSeconds >= 0 && nowSeconds <= MAX_TIMESTAMP)) throw new RangeError('nowSeconds must be epoch seconds');
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: 'malformed' };
  if (secret.length === 0 || !matchesAny(hmac(secret, body, parsed.timestamp), parsed.signatures)) {
    return { ok: false, reason: 'bad_signature' };
  }
  if (parsed.timestamp < nowSeconds - toleranceSeconds) return { ok: false, reason: 'too_old' };
  if (parsed.timestamp > nowSeconds + toleranceSeconds) return { ok: false, reason: 'too_new' };
  return { ok: true };
}
