import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { unauthorized } from '../errors';
import type { Principal } from '../roles';
import type { HttpEnv } from './env';

export const SESSION_COOKIE = 'whistle_session';

export type SessionResolver = (token: string) => Promise<Principal | null>;

/** Puts the caller (or null) on the request; routes decide what that caller may do. */
export const sessionMiddleware = (resolve: SessionResolver) =>
  createMiddleware<HttpEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('principal', token ? await resolve(token) : null);
    await next();
  });

/** The signed-in caller of a route whose access rule already demanded one. */
export function principalOf(c: { get(key: 'principal'): Principal | null }): Principal {
  const principal = c.get('principal');
  if (!principal) throw unauthorized();
  return principal;
}
