import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MigrationMap } from './db/migrator';
import type { HttpEnv } from './http/env';
import type { RetentionRule } from './retention';

/** What a feature folder hands to the server: its tables, routes, retention rules and demo data. */
export interface WhistleModule<Ctx extends { db: unknown }> {
  name: string;
  migrations?: MigrationMap;
  routes?: (ctx: Ctx) => OpenAPIHono<HttpEnv>;
  retention?: RetentionRule<Ctx['db']>[];
  /** Runs once, on an empty database, when the demo network is wanted. */
  seedDemo?: (ctx: Ctx) => Promise<void>;
  /** Paths that set a larger body limit of their own than the API default. */
  largeBodyPaths?: string[];
  /**
   * Background work of a running node: bus subscriptions and timers. Returns how to stop it.
   * Timers must be `unref()`ed; anything a test needs to drive is also exported as a plain function.
   */
  start?: (ctx: Ctx) => Stop;
}

export type Stop = () => void | Promise<void>;
