import { createMiddleware } from 'hono/factory';
import { forbidden } from '../errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Defence in depth beside SameSite=Strict cookies: a state-changing API call must come from a page
 * of this origin. Browsers always send Origin on such requests; tools without a browser send none.
 */
export const sameOrigin = (publicUrl: string) => {
  const allowed = new URL(publicUrl).origin;
  return createMiddleware(async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== allowed && origin !== new URL(c.req.url).origin) {
        throw forbidden('Requests must come from this site.', 'bad_origin');
      }
    }
    await next();
  });
};
