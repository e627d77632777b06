import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, type ServerOptions, type ServerProcess, startServer } from '../../tests/support/server-process';

export type { ServerProcess };

export interface WhistleOptions extends Omit<ServerOptions, 'entry'> {
  /**
   * Serve the built web app: starts through scripts/start.ts, which builds it first when its sources
   * are newer than the build (as `npm start` does). Off for tests that only need the API or /api/docs.
   */
  webApp?: boolean;
}

const BUILD_LOCK = path.join(os.tmpdir(), `whistle-web-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
const BUILD_MINUTES = 5;

/**
 * Test files run in parallel on machines with more cores; two servers building dist/web at once
 * would overwrite each other's files. Whoever holds the lock builds; the next finds the build fresh.
 */
async function whileHoldingBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUILD_MINUTES * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const age = Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > BUILD_MINUTES * 60_000) fs.rmSync(BUILD_LOCK, { recursive: true, force: true }); // left by a killed run
    if (Date.now() > deadline) throw new Error(`Waited ${BUILD_MINUTES} minutes for another test to build the web app`);
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * The real Whistle server for browser tests, with the demo network on unless asked otherwise. Open
 * pages at `server.publicUrl` (http://localhost:<port>): passkeys are bound to that host name.
 */
export function startWhistle(opts: WhistleOptions = {}): Promise<ServerProcess> {
  const { webApp = true, demo = true, ...rest } = opts;
  const start = () =>
    startServer({
      ...rest,
      demo,
      entry: webApp ? 'scripts/start.ts' : 'src/main.ts',
      startTimeoutMs: rest.startTimeoutMs ?? (webApp ? BUILD_MINUTES * 60_000 : 30_000),
    });
  return webApp ? whileHoldingBuildLock(start) : start();
}
