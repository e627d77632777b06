import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ATTENDANCE_CODE_DIGITS, ATTENDANCE_CODE_STEP_MS } from './limits';

/**
 * The signed codes a trainer shows for attendance. Pure: no database, no clock of its own.
 *
 * A token is `<sessionId>.<expiresAt in base 36>.<HMAC-SHA256, base64url>`, signed with the
 * session's own random secret: it names its session, dies at its expiry, and cannot be made or
 * altered (for this session or another) without the secret, which never leaves the server.
 */

/** 256 random bits, made once per session. */
export const newAttendanceSecret = () => randomBytes(32).toString('base64url');

const macOf = (secret: string, message: string) => createHmac('sha256', Buffer.from(secret, 'base64url')).update(message).digest();

/** Equal strings, compared in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function signAttendanceToken(sessionId: string, secret: string, expiresAt: number): string {
  const exp = expiresAt.toString(36);
  return `${sessionId}.${exp}.${macOf(secret, `attend:v1:${sessionId}:${exp}`).toString('base64url')}`;
}

export interface ParsedToken {
  sessionId: string;
  expiresAt: number;
  exp: string;
  signature: string;
}

/** The parts of a token, not yet trusted: the session says whose secret to check it with. Null if malformed. */
export function parseAttendanceToken(token: string): ParsedToken | null {
  const m = /^([\w-]{1,64})\.([0-9a-z]{1,11})\.([\w-]{43})$/.exec(token);
  if (!m) return null;
  const expiresAt = Number.parseInt(m[2], 36);
  if (!Number.isSafeInteger(expiresAt)) return null;
  return { sessionId: m[1], expiresAt, exp: m[2], signature: m[3] };
}

/** True when the token was signed with this secret (its expiry is checked apart, after this). */
export function hasValidSignature(token: ParsedToken, secret: string): boolean {
  const expected = macOf(secret, `attend:v1:${token.sessionId}:${token.exp}`).toString('base64url');
  return sameText(expected, token.signature);
}

/** The short code of one time step: digits from the HMAC of the session and the step. */
export function attendanceCodeAt(sessionId: string, secret: string, at: number): string {
  const step = Math.floor(at / ATTENDANCE_CODE_STEP_MS);
  const mac = macOf(secret, `code:v1:${sessionId}:${step}`);
  return String(mac.readUInt32BE(0) % 10 ** ATTENDANCE_CODE_DIGITS).padStart(ATTENDANCE_CODE_DIGITS, '0');
}

/** A typed code is good during its minute and the next one (so at least a minute, at most two). */
export function isCurrentAttendanceCode(sessionId: string, secret: string, code: string, now: number): boolean {
  const given = code.replace(/\s/g, '');
  const current = attendanceCodeAt(sessionId, secret, now);
  const previous = attendanceCodeAt(sessionId, secret, now - ATTENDANCE_CODE_STEP_MS);
  // Both compared, always: the time taken says nothing about which one matched.
  const a = sameText(given, current);
  const b = sameText(given, previous);
  return a || b;
}
