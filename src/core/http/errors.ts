import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { AppError, type ErrorBody } from '../errors';
import type { Logger } from '../log';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_input' }),
      message: z.string(),
      field: z.string().optional().openapi({ description: 'The input at fault, as a dotted path' }),
    }),
  })
  .openapi('Error');

/** Standard error responses to list beside a route's own. */
export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export function validationError(error: ZodError, target: string): AppError {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : undefined;
  const message = issue ? `${field ?? target}: ${issue.message}` : 'Invalid input.';
  return new AppError(400, 'invalid_input', message, field);
}

export function errorResponse(err: unknown, c: Context, log: Logger) {
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) } };
    return c.json(body, err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 400 ? 'invalid_json' : status === 413 ? 'too_large' : 'http_error';
    return c.json({ error: { code, message: err.message || 'Bad request.' } }, status);
  }
  log.error('unhandled error', { path: c.req.path, method: c.req.method, err: String((err as Error)?.stack ?? err) });
  return c.json({ error: { code: 'internal', message: 'Something went wrong on the server.' } }, 500);
}
