import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../core/http/session';

/**
 * R-AUTH-1: the session cookie is out of reach of scripts, HTTPS-only and never sent cross-site.
 * Its lifetime is a Max-Age, not a date: a phone whose clock is wrong would drop a cookie whose
 * expiry date already looks past to it.
 */
export function setSessionCookie(c: Context, token: string, expiresAt: number, now: number) {
  const maxAge = Math.max(0, Math.floor((expiresAt - now) / 1000));
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge });
}

/** Sign-out also tells the browser to drop this site's storage and caches (R-DEV-1). */
export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  c.header('Clear-Site-Data', '"cache", "storage"');
}
