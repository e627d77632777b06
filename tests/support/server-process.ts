import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DatabaseHandle, openDatabase } from '../../src/core/db/database';
import { withAdminClient } from '../../src/core/db/test-database';
import type { Database } from '../../src/database';

/**
 * The real Whistle server as a child process (`node --import tsx src/main.ts`), on a free port, with
 * its own data directory and — when DATABASE_URL is set — its own fresh PostgreSQL database.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
const WATCHDOG = path.join(import.meta.dirname, 'exit-with-parent.ts');

/** Settings the server reads; the parent's own values never leak into a test server. */
const SERVER_ENV_KEYS =
  /^(PORT|HOST|DATA_DIR|DATABASE_URL|PUBLIC_URL|WHISTLE_.*|TRUST_PROXY|NATS_URL|LOG_LEVEL|RETENTION_DAYS|PURGE_INTERVAL_MINUTES|NODE_TEST_CONTEXT)$/;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface ServerOptions {
  /** WHISTLE_DEMO; off unless asked for. */
  demo?: boolean;
  /** LOG_LEVEL; `warn` unless asked for. */
  logLevel?: LogLevel;
  /** More settings, e.g. `{ TRUST_PROXY: '1' }`. */
  env?: Record<string, string>;
  /** Make a trusted admin with a session before the server starts; its cookie is `adminCookie`. */
  admin?: boolean;
  /** The script to run, relative to the repository root. */
  entry?: string;
  /** How long the server may take to answer /api/health (a web build on first start takes a while). */
  startTimeoutMs?: number;
  /** Extra flags for node, e.g. `['--cpu-prof']` to profile the server. */
  nodeArgs?: string[];
  /** The PostgreSQL server to make this server's own database on; null for SQLite. DATABASE_URL by default. */
  databaseUrl?: string | null;
}

export interface RequestOptions {
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

/** A data directory and, on PostgreSQL, a database of its own, both removed by `dispose`. */
export interface ServerStorage {
  dataDir: string;
  databaseUrl?: string;
  dispose(): Promise<void>;
}

export async function createServerStorage(baseUrl = process.env.DATABASE_URL): Promise<ServerStorage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-server-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (!baseUrl) return { dataDir, dispose: async () => removeDir() };
  const name = `whistle_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient(baseUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    dispose: async () => {
      await withAdminClient(baseUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
      removeDir();
    },
  };
}

/** A port nothing listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The database the server uses, opened directly (not through the server). Close it when done. */
export const openServerDatabase = (s: { dataDir: string; databaseUrl?: string }): DatabaseHandle<Database> =>
  openDatabase<Database>({ dataDir: s.dataDir, databaseUrl: s.databaseUrl });

/**
 * A trusted admin with a session, made straight in the database as an invite would make one.
 * The app's modules are loaded only here, so tests that need no admin start faster.
 */
async function prepareAdmin(env: Record<string, string>): Promise<string> {
  const [{ loadConfig }, { SESSION_COOKIE }, { createMember, startSession }, { createContext }] = await Promise.all([
    import('../../src/core/config'),
    import('../../src/core/http/session'),
    import('../../src/modules/members'),
    import('../../src/server'),
  ]);
  const { ctx, close } = await createContext({ config: loadConfig({ ...env, LOG_LEVEL: 'silent' }) });
  try {
    const member = await createMember(ctx, { displayName: 'Test admin', roles: ['admin'], trusted: true });
    const { token } = await startSession(ctx, member.id);
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await close();
  }
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export async function startServer(opts: ServerOptions = {}) {
  const storage = await createServerStorage(opts.databaseUrl === undefined ? process.env.DATABASE_URL : (opts.databaseUrl ?? undefined));
  const port = await freePort();
  const publicUrl = `http://localhost:${port}`;
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: publicUrl,
    DATA_DIR: storage.dataDir,
    WHISTLE_DEMO: opts.demo ? '1' : '0',
    LOG_LEVEL: opts.logLevel ?? 'warn',
    ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
    ...opts.env,
  };
  const adminCookie = opts.admin ? await prepareAdmin(env) : undefined;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && !SERVER_ENV_KEYS.test(k)));
  const entry = opts.entry ?? 'src/main.ts';
  const startTimeoutMs = opts.startTimeoutMs ?? 30_000;

  const chunks: string[] = [];
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  /** Where the setup link search starts: only a link printed by the current run counts. */
  let runStart = 0;

  function spawnServer() {
    runStart = chunks.length;
    const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', '--import', WATCHDOG, entry], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (data: Buffer) => {
      chunks.push(data.toString('utf8'));
      if (process.env.WHISTLE_TEST_VERBOSE) process.stderr.write(data);
    };
    proc.stdout?.on('data', collect);
    proc.stderr?.on('data', collect);
    live.add(proc);
    exited = new Promise((resolve) =>
      proc.once('close', () => {
        live.delete(proc);
        if (child === proc) child = null;
        resolve();
      }),
    );
    child = proc;
  }

  async function waitHealthy() {
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      if (!child) throw new Error(`The server exited while starting:\n${output()}`);
      try {
        const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(20);
    }
    throw new Error(`The server did not answer /api/health within ${startTimeoutMs} ms:\n${output()}`);
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  const output = () => chunks.join('');

  /** Sends a signal and waits until the process is gone. */
  async function kill(signal: NodeJS.Signals = 'SIGKILL') {
    const proc = child;
    if (!proc) return;
    proc.kill(signal);
    await exited;
  }

  /** A graceful stop, turned into SIGKILL if the server takes longer than `graceMs`. */
  async function shutdown(graceMs = 5000) {
    const proc = child;
    if (!proc) return;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  async function restart() {
    await shutdown();
    spawnServer();
    await waitHealthy();
  }

  let stopped = false;
  /** Stops the server and removes its data directory and database. */
  async function stop() {
    if (stopped) return;
    stopped = true;
    await shutdown();
    await storage.dispose();
  }

  /** The one-time setup link the server printed in this run (it prints one while there is no admin). */
  async function setupLink(timeoutMs = 5000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = chunks
        .slice(runStart)
        .join('')
        .match(/https?:\/\/\S+\/invite#[\w-]+/);
      if (match) return match[0];
      if (Date.now() > deadline) throw new Error(`No setup link was printed:\n${output()}`);
      await sleep(20);
    }
  }

  /** A JSON request as a browser on the public origin would send it. */
  function request(method: string, urlPath: string, o: RequestOptions = {}) {
    const headers: Record<string, string> = { ...o.headers };
    if (o.body !== undefined) headers['content-type'] ??= 'application/json';
    if (o.cookie) headers.cookie = o.cookie;
    if (!['GET', 'HEAD'].includes(method)) headers.origin ??= publicUrl;
    const body = o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    return fetch(`${baseUrl}${urlPath}`, { method, headers, body });
  }

  spawnServer();
  try {
    await waitHealthy();
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    port,
    /** Where to send requests (IPv4 loopback, where the server listens). */
    baseUrl,
    /** PUBLIC_URL: the origin browsers use and the server trusts. */
    publicUrl,
    dataDir: storage.dataDir,
    databaseUrl: storage.databaseUrl,
    dialect: storage.databaseUrl ? ('postgres' as const) : ('sqlite' as const),
    env,
    adminCookie,
    get pid() {
      return child?.pid;
    },
    get running() {
      return child !== null;
    },
    output,
    setupLink,
    request,
    kill,
    restart,
    stop,
  };
}
export type ServerProcess = Awaited<ReturnType<typeof startServer>>;
