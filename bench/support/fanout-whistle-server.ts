import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/core/config';
import { SESSION_COOKIE } from '../../src/core/http/session';
import type { Principal } from '../../src/core/roles';
import { createMember, startSession } from '../../src/modules/members';
import { decideReport, fileReport } from '../../src/modules/reports';
import { createApp, createContext, startModules } from '../../src/server';
import { answerCpuProbe, type FromServer } from './fanout-protocol';
import { seedWatchers } from './watchers';

/**
 * The real Whistle server for the fan-out benchmark, composed as src/main.ts composes it (context,
 * modules started, app served by @hono/node-server) on SQLite, after writing MEMBERS members who
 * watch one zone, each with a session, two verifiers and a confirmed report in that zone.
 */
const members = Number(process.env.MEMBERS ?? 10_000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-fanout-'));
const config = loadConfig({ WHISTLE_DEMO: '0', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PUBLIC_URL: 'http://127.0.0.1:8080' });
const { ctx, close } = await createContext({ config });
const { seedDemoZones } = await import('../../src/modules/zones/demo');
await seedDemoZones(ctx);
const zone = await ctx.db.selectFrom('zone').select('id').where('slug', '=', 'powderhorn-park').executeTakeFirstOrThrow();

const ids = await seedWatchers(ctx, members, () => [zone.id]);
const memberCookies = await ctx.db.transaction().execute(async (tx) => {
  const cookies: string[] = [];
  for (const id of ids) cookies.push(`${SESSION_COOKIE}=${(await startSession(ctx, id, tx)).token}`);
  return cookies;
});
const verifiers = await Promise.all(
  [1, 2].map(async (n) => {
    const member = await createMember(ctx, { displayName: `Verifier ${n}`, roles: ['verifier'], trusted: true });
    const { token } = await startSession(ctx, member.id);
    return { member, cookie: `${SESSION_COOKIE}=${token}` };
  }),
);
const principal: Principal = { memberId: verifiers[0].member.id, sessionId: '', roles: ['member', 'verifier'], trusted: true };
const report = await fileReport(ctx, null, {
  zoneId: zone.id,
  people: 4,
  vehicles: 2,
  activity: 'stopping_people',
  activityNote: 'Stopping people at the bus stop',
  markings: 'Vests marked POLICE ICE',
  equipment: 'Two unmarked grey SUVs',
  seenAt: ctx.clock.now() - 5 * 60_000,
  language: 'en',
});
await decideReport(ctx, principal, report.id, { outcome: 'confirmed', method: 'trusted_source', note: '' });

const stopModules = startModules(ctx);
const app = createApp(ctx, { webDir: dataDir });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
answerCpuProbe();
server.once('listening', () => {
  process.send?.({
    kind: 'ready',
    port: (server.address() as AddressInfo).port,
    setup: { memberCookies, verifierCookies: [verifiers[0].cookie, verifiers[1].cookie], reportId: report.id },
  } satisfies FromServer);
});
process.on('disconnect', () => {
  (server as unknown as { closeAllConnections(): void }).closeAllConnections();
  server.close();
  void Promise.resolve(stopModules())
    .then(close)
    .finally(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});
