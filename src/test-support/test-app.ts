import { FixedClock } from '../core/clock';
import { loadConfig } from '../core/config';
import { createTestDatabase } from '../core/db/test-database';
import { SESSION_COOKIE } from '../core/http/session';
import type { Role } from '../core/roles';
import type { Database } from '../database';
import { newFieldKeyText } from '../modules/families/field-crypto';
import { createMember, demoPrincipal, startSession } from '../modules/members';
import { seedDemoMembers } from '../modules/members/demo';
import { seedDemoZones } from '../modules/zones/demo';
import { createApp, createContext, startModules } from '../server';

export const TEST_ORIGIN = 'http://localhost:8080';

export interface TestMemberOptions {
  roles?: Role[];
  trusted?: boolean;
  displayName?: string;
}

/**
 * The real app on a fresh real database (SQLite, or PostgreSQL when DATABASE_URL is set), with a
 * pinned clock. Requests go through `app.request`, in-process, exactly as over HTTP.
 */
export async function createTestApp(env: Record<string, string> = {}) {
  const handle = await createTestDatabase<Database>();
  const clock = new FixedClock();
  const config = loadConfig({
    WHISTLE_DEMO: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: handle.dataDir,
    PUBLIC_URL: TEST_ORIGIN,
    // In-process requests share one client key; the real limit is tested over TCP (R-RATE-1).
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    INTAKE_RATE_LIMIT_PER_MINUTE: '100000',
    SIGNUP_RATE_LIMIT_PER_MINUTE: '100000',
    // A fresh family-case key per test app, as an operator would give one at start (R-ENC-1).
    FAMILIES_KEY: newFieldKeyText(),
    ...env,
  });
  const { ctx, close } = await createContext({ config, clock, handle });
  const stopModules = startModules(ctx);
  const app = createApp(ctx, { webDir: handle.dataDir });

  /** A member made directly (as an invite would), with a session cookie to act as them. */
  async function signIn(opts: TestMemberOptions = {}) {
    const member = await createMember(ctx, {
      displayName: opts.displayName ?? `Test ${opts.roles?.join('+') ?? 'member'}`,
      roles: opts.roles ?? ['member'],
      trusted: opts.trusted ?? true,
    });
    return { id: member.id, cookie: await cookieOf(member.id) };
  }

  /** A session cookie to act as an existing member (a demo member, say). */
  async function cookieOf(memberId: string) {
    return `${SESSION_COOKIE}=${(await startSession(ctx, memberId)).token}`;
  }

  /** JSON request helper; `cookie` acts as a signed-in member. */
  function call(method: string, path: string, opts: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.cookie) headers.cookie = opts.cookie;
    return app.request(path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    });
  }

  const closeAll = async () => {
    await stopModules();
    await close();
  };
  return { app, ctx, db: ctx.db, clock, config, signIn, cookieOf, call, close: closeAll };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A test app holding the demo's members and zones, which every module's demo builds on. */
export async function createDemoTestApp(env: Record<string, string> = {}) {
  const t = await createTestApp(env);
  await seedDemoMembers(t.ctx);
  await seedDemoZones(t.ctx);
  /** A session cookie to act as the demo member of that name ("Tou"). */
  const as = async (name: string) => {
    const member = await demoPrincipal(t.ctx, name);
    if (!member) throw new Error(`No demo member named ${name}`);
    return t.cookieOf(member.memberId);
  };
  return { ...t, as };
}
export type DemoTestApp = Awaited<ReturnType<typeof createDemoTestApp>>;
