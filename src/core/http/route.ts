import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import { forbidden, unauthorized } from '../errors';
import { type Access, isAllowed } from '../roles';
import type { HttpEnv } from './env';

export const ACCESS_EXTENSION = 'x-whistle-access';

/** The error codes that mean "this caller may not use this route" (and nothing else does). */
export const ACCESS_DENIED_CODES = ['unauthorized', 'not_vouched', 'role_required'] as const;

/** Turns a declared access rule into a middleware; the same rule is published in the OpenAPI document. */
export const requireAccess = (access: Access) =>
  createMiddleware<HttpEnv>(async (c, next) => {
    const principal = c.get('principal');
    if (!isAllowed(access, principal)) {
      if (!principal) throw unauthorized();
      throw principal.trusted
        ? forbidden('Your roles do not allow this.', 'role_required')
        : forbidden('Two members or an organiser must vouch for you first.', 'not_vouched');
    }
    await next();
  });

type WhistleRouteConfig = Omit<RouteConfig, 'middleware'> & { access: Access };

/**
 * Every route is declared through here, so its access rule is both enforced and listed in the
 * OpenAPI document, where the route × role matrix test (R-AUTHZ-1) finds it.
 */
export function defineRoute<const R extends WhistleRouteConfig>(config: R) {
  const { access, ...rest } = config;
  const request = rest.request?.body ? { ...rest.request, body: { ...rest.request.body, required: true } } : rest.request;
  return createRoute({
    ...rest,
    request,
    [ACCESS_EXTENSION]: access === 'public' || access === 'signed_in' || access === 'trusted' ? access : [...access],
    middleware: [requireAccess(access)] as const,
  } as Omit<R, 'access'> & { middleware: [ReturnType<typeof requireAccess>] });
}

/** A JSON response entry for a route's `responses`. */
export const jsonResponse = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A JSON request body for a route's `request`. */
export const jsonBody = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } } } });
