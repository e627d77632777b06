import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from './clock';

/**
 * UUIDv7: time-ordered, so primary keys index well and sort by creation. Ids made in the same
 * millisecond (always, under a pinned test clock) still sort in the order they were made: the 12-bit
 * field after the timestamp counts up from a random start (RFC 9562, method 3).
 */
export function uuidv7(clock: Clock): string {
  const bytes = randomBytes(16);
  let ms = clock.now();
  if (ms <= last.ms) {
    ms = last.ms;
    last.seq++;
    if (last.seq > 0xfff) {
      ms = ++last.ms;
      last.seq = 0;
    }
  } else {
    last.ms = ms;
    last.seq = bytes[6] & 0x07; // start low, leaving room to count up
  }
  const time = BigInt(ms);
  for (let i = 0; i < 6; i++) bytes[i] = Number((time >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | (last.seq >> 8);
  bytes[7] = last.seq & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const last = { ms: -1, seq: 0 };

/** An unguessable token for links and cookies (256 bits, URL-safe). */
export function secretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets (session cookies, invite links, upload tokens) are stored only as their SHA-256. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface Ids {
  next(): string;
}

export const idsFrom = (clock: Clock): Ids => ({ next: () => uuidv7(clock) });
