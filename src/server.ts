import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppContext, AppModule } from './context';
import { auditMigrations } from './core/audit';
import { createInProcessBus } from './core/bus/bus';
import { createNatsBus } from './core/bus/nats-bus';
import { type Clock, systemClock } from './core/clock';
import type { Config } from './core/config';
import { type DatabaseHandle, openDatabase } from './core/db/database';
import { mergeMigrations, migrateToLatest } from './core/db/migrator';
import { apiBodyLimit, DEFAULT_BODY_LIMIT } from './core/http/body-limit';
import { DOCS_CSS, renderDocsPage } from './core/http/docs-page';
import { errorResponse } from './core/http/errors';
import { createRateLimiter } from './core/http/rate-limit';
import { defineRoute } from './core/http/route';
import { createRouter } from './core/http/router';
import { sameOrigin } from './core/http/same-origin';
import { securityHeaders } from './core/http/security-headers';
import { sessionMiddleware } from './core/http/session';
import { idsFrom } from './core/ids';
import { createLogger, type Logger } from './core/log';
import type { Stop } from './core/module';
import type { Database } from './database';
import { aidModule, ridesModule } from './modules/aid';
import { alertsModule } from './modules/alerts';
import { assembliesModule } from './modules/assemblies';
import { auditModule } from './modules/audit';
import { businessesModule } from './modules/businesses';
import { dispatchModule } from './modules/dispatch';
import { electionsModule } from './modules/elections';
import { eventsModule } from './modules/events';
import { evidenceModule } from './modules/evidence';
import { familiesModule } from './modules/families';
import { fundModule } from './modules/fund';
import { membersModule, resolveSession } from './modules/members';
import { orgsModule } from './modules/orgs';
import { patrolsModule, peacekeepingModule } from './modules/patrols';
import { pledgesModule } from './modules/pledges';
import { pushModule } from './modules/push';
import { reportsModule } from './modules/reports';
import { surveysModule } from './modules/surveys';
import { trackerModule } from './modules/tracker';
import { trainingsModule } from './modules/trainings';
import { webhooksModule } from './modules/webhooks';
import { zonesModule } from './modules/zones';

/** Every feature, in the order their demo data is seeded. */
export const modules: AppModule[] = [
  auditModule,
  membersModule,
  zonesModule,
  // Qualifications before what requires them: a responder on duty, patrol shifts, marshal posts.
  trainingsModule,
  reportsModule,
  pushModule,
  alertsModule,
  dispatchModule,
  evidenceModule,
  pledgesModule,
  // After campaigns: the demo organisations endorse the demo campaign.
  orgsModule,
  surveysModule,
  businessesModule,
  eventsModule,
  trackerModule,
  webhooksModule,
  // Cases first: aid requests and disbursements may belong to one; disbursements may pay an aid request.
  familiesModule,
  aidModule,
  ridesModule,
  fundModule,
  // Marshal plans belong to events.
  patrolsModule,
  peacekeepingModule,
  // Ballot boxes before the assemblies whose secret votes and delegate elections use them.
  electionsModule,
  assembliesModule,
];

export const allMigrations = mergeMigrations(auditMigrations, ...modules.map((m) => m.migrations ?? {}));
export const retentionRules = modules.flatMap((m) => m.retention ?? []);

export interface ContextOptions {
  config: Config;
  clock?: Clock;
  handle?: DatabaseHandle<Database>;
  log?: Logger;
}

/** Opens the database, brings its schema up to date and wires the injectable parts together. */
export async function createContext(opts: ContextOptions): Promise<{ ctx: AppContext; close: () => Promise<void> }> {
  const handle = opts.handle ?? openDatabase<Database>(opts.config);
  await migrateToLatest(handle.db as never, allMigrations);
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? createLogger(opts.config.logLevel);
  // Several nodes share events through NATS JetStream; a single node needs nothing outside itself.
  const bus = opts.config.natsUrl
    ? await createNatsBus(opts.config.natsUrl, { log })
    : createInProcessBus((subject, err) => log.error('bus handler failed', { subject, err: String(err) }));
  const ctx: AppContext = {
    config: opts.config,
    db: handle.db,
    dialect: handle.dialect,
    clock,
    ids: idsFrom(clock),
    log,
    bus,
    rateLimit: createRateLimiter(opts.config.trustProxy),
  };
  return {
    ctx,
    close: async () => {
      await bus.close();
      await handle.close();
    },
  };
}

/** Starts every module's background work (bus subscriptions, timers); the result stops it all. */
export function startModules(ctx: AppContext): Stop {
  const stops = modules.flatMap((m) => (m.start ? [m.start(ctx)] : []));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}

const HealthSchema = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) }).openapi('Health');

const healthRoute = defineRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'The server is up and its database answers',
  access: 'public',
  responses: { 200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } } },
});

export const WEB_DIR = path.resolve(import.meta.dirname, '../dist/web');

/** The whole HTTP surface: API routes of every module, its documentation, and the built web app. */
export function createApp(ctx: AppContext, opts: { webDir?: string } = {}) {
  const app = createRouter();
  app.use('*', securityHeaders);
  app.use('/api/*', sameOrigin(ctx.config.publicUrl));
  app.use(
    '/api/*',
    apiBodyLimit(
      DEFAULT_BODY_LIMIT,
      modules.flatMap((m) => m.largeBodyPaths ?? []),
    ),
  );
  app.use(
    '/api/*',
    sessionMiddleware((token) => resolveSession(ctx, token)),
  );
  app.onError((err, c) => errorResponse(err, c, ctx.log));

  app.openapi(healthRoute, async (c) => {
    await sql`select 1`.execute(ctx.db);
    return c.json({ status: 'ok' as const, db: ctx.dialect }, 200);
  });
  for (const mod of modules) if (mod.routes) app.route('/', mod.routes(ctx));

  const docInfo = {
    openapi: '3.1.0',
    info: {
      title: 'Whistle',
      version: '0.1.0',
      description:
        'Community defense and solidarity network. Sign-in is by passkey; the session is an httpOnly cookie. ' +
        'Each operation lists who may call it (x-whistle-access).',
    },
  };
  app.doc31('/api/openapi.json', docInfo);
  app.get('/api/docs', (c) => c.html(renderDocsPage(app.getOpenAPI31Document(docInfo) as never)));
  app.get('/api/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css' }));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: 'No such API route.' } }, 404));

  const webDir = opts.webDir ?? WEB_DIR;
  const root = path.relative(process.cwd(), webDir);
  app.use('/*', serveStatic({ root }));
  // Every other path is a page of the single-page app.
  app.get('*', (c) => {
    const index = path.join(webDir, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built yet: run `npm run build:web`.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
  return app;
}
export type WhistleApp = ReturnType<typeof createApp>;
