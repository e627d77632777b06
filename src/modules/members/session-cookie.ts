import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../core/http/session';

/** R-AUTH-1: the session cookie is out of reach of scripts, HTTPS-only and never sent cross-site. */
export function setSessionCookie(c: Context, token: string, expiresAt: number) {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', expires: new Date(expiresAt) });
}

/** Sign-out also tells the browser to drop this site's storage and caches (R-DEV-1). */
export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  c.header('Clear-Site-Data', '"cache", "storage"');
}
