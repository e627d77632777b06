/**
 * The one way pages talk to the server. Errors arrive as `{ error: { code, message, field? } }` and
 * become an ApiError that forms translate as `errors.<code>`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let onSignedOut: () => void = () => {};

/** Called when the server says the session is gone (401 `unauthorized`), wherever that happens. */
export function whenSignedOut(handler: () => void) {
  onSignedOut = handler;
}

async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; field?: unknown } };
    const e = body.error;
    if (e && typeof e.code === 'string') {
      return new ApiError(res.status, e.code, String(e.message ?? ''), typeof e.field === 'string' ? e.field : undefined);
    }
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  return new ApiError(res.status, res.status >= 500 ? 'internal' : 'http_error', res.statusText);
}

export async function request<T>(method: Method, path: string, body?: unknown, init: { signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: init.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  if (!res.ok) {
    const error = await errorFrom(res);
    if (error.status === 401 && error.code === 'unauthorized') onSignedOut();
    throw error;
  }
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, init?: { signal?: AbortSignal }) => request<T>('GET', path, undefined, init),
  post: <T>(path: string, body: unknown = {}, init?: { signal?: AbortSignal }) => request<T>('POST', path, body, init),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};
