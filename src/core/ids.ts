import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';

/** UUIDv7: time-ordered, so primary keys index well and sort by creation. */
export function uuidv7(clock: Clock): string {
  const bytes = randomBytes(16);
  const ms = BigInt(clock.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An unguessable token for links and cookies (256 bits, URL-safe). */
export function secretToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface Ids {
  next(): string;
}

export const idsFrom = (clock: Clock): Ids => ({ next: () => uuidv7(clock) });
