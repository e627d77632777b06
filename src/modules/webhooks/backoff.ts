/*
 * Delivery retries: exponential backoff with "full jitter" (delay drawn uniformly from [0, cap)), so
 * that many deliveries failing together against one receiver do not all come back at the same moment.
 *
 * With the defaults the cap before retry n is min(30 s * 2^(n-1), 6 h). MAX_ATTEMPTS = 12 (the first
 * try plus 11 retries) spans at most ~16 h (about 8 h on average), enough to ride out a receiver
 * that is down overnight without retrying forever.
 */

export const MAX_ATTEMPTS = 12;

export type RetryDelayOptions = {
  baseMs?: number;
  maxMs?: number;
  /** Uniform in [0, 1), like Math.random; injectable so tests are deterministic. */
  random?: () => number;
};

/** `attempt` counts failed attempts so far: 1 is the delay before the first retry. */
export function retryDelayMs(attempt: number, opts: RetryDelayOptions = {}): number {
  const { baseMs = 30_000, maxMs = 6 * 3_600_000, random = Math.random } = opts;
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError('attempt must be a whole number >= 1');
  if (!(baseMs > 0) || !(maxMs > 0)) throw new RangeError('baseMs and maxMs must be positive');
  // 2 ** large is Infinity, which Math.min turns back into the cap.
  const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * cap);
}

/**
 * null is a network error or timeout. 408/429/5xx are the receiver saying "not now"; any other
 * status (including 3xx: deliveries do not follow redirects) will not change by retrying.
 * 2xx means delivered, so there is nothing to retry.
 */
export function shouldRetry(status: number | null): boolean {
  if (status === null) return true;
  if (status === 408 || status === 429) return true;
  return Number.isInteger(status) && status >= 500 && status <= 599;
}
