import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../errors';

export const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Bodies beyond the limit are refused before they are read; routes with their own limit are skipped. */
export function apiBodyLimit(maxSize: number, pathsWithOwnLimit: readonly string[]) {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'too_large', `The request is larger than ${Math.round(maxSize / 1024)} KB.`);
    },
  });
  return createMiddleware(async (c, next) => (pathsWithOwnLimit.includes(c.req.path) ? next() : limit(c, next)));
}
