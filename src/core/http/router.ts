import { OpenAPIHono } from '@hono/zod-openapi';
import type { HttpEnv } from './env';
import { validationError } from './errors';

/** A module's router: failed validation becomes a 400 with the field at fault. */
export function createRouter() {
  return new OpenAPIHono<HttpEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
      return undefined;
    },
  });
}
