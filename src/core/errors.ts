import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error a person can act on. `code` is stable (the UI translates it as `errors.<code>`),
 * `field` names the input at fault when there is one.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string, field?: string) => new AppError(400, code, message, field);
export const unauthorized = (message = 'Sign in first.') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have permission to do that.', code = 'forbidden') => new AppError(403, code, message);
export const notFound = (what = 'That') => new AppError(404, 'not_found', `${what} was not found.`);
export const conflict = (code: string, message: string, field?: string) => new AppError(409, code, message, field);
export const gone = (code: string, message: string) => new AppError(410, code, message);

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}
