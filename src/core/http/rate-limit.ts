import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AppError } from '../errors';

export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

/**
 * The client's address, used only as an in-memory rate-limit key and never stored.
 * X-Forwarded-For is believed only when the operator says a proxy sets it (R-RATE-1);
 * otherwise anyone could pick a fresh address for every request.
 */
export function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries are whatever the client claimed.
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (forwarded?.length) return forwarded[forwarded.length - 1];
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'local';
  }
}

export function createRateLimiter(trustProxy: boolean) {
  const limiters = new Map<string, RateLimiterMemory>();
  return (name: string, rule: RateLimitRule) => {
    let limiter = limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration: rule.durationSeconds });
      limiters.set(name, limiter);
    }
    const active = limiter;
    return createMiddleware(async (c, next) => {
      try {
        await active.consume(clientKey(c, trustProxy));
      } catch (res) {
        const retry = Math.ceil(((res as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000);
        c.header('Retry-After', String(retry));
        throw new AppError(429, 'rate_limited', `Too many attempts. Try again in ${retry} seconds.`);
      }
      await next();
    });
  };
}
export type RateLimit = ReturnType<typeof createRateLimiter>;
