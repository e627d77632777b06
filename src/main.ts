import { serve } from '@hono/node-server';
import { systemClock } from './core/clock';
import { loadConfig } from './core/config';
import { fileClock } from './core/file-clock';
import { purgeExpired } from './core/retention';
import { ensureSetupInvite } from './modules/members';
import { createApp, createContext, modules, retentionRules, startModules } from './server';

/** Starts Whistle: migrate, seed the demo network on an empty database, print the setup link, serve. */
export async function main() {
  const config = loadConfig();
  const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
  const { ctx, close } = await createContext({ config, clock });
  if (config.demo) await seedDemo(ctx);

  const stopModules = startModules(ctx);
  const app = createApp(ctx);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    ctx.log.info('listening', { url: config.publicUrl, port: info.port, db: ctx.dialect });
    // Printed for the operator only: this link is the way in for the first admin.
    void ensureSetupInvite(ctx).then((link) => {
      if (link)
        process.stdout.write(
          `\n  Whistle is running at ${config.publicUrl}\n  Create the first admin's passkey (one-time link, 72 h):\n  ${link}\n\n`,
        );
      else process.stdout.write(`\n  Whistle is running at ${config.publicUrl}\n\n`);
    });
  });

  const purge = () =>
    purgeExpired(ctx.db, retentionRules, config, ctx.clock.now(), ctx.log).catch((err) =>
      ctx.log.error('purge failed', { err: String(err) }),
    );
  const timer = setInterval(purge, config.purgeIntervalMinutes * 60_000);
  timer.unref();
  void purge();

  const shutdown = () => {
    clearInterval(timer);
    server.close(
      () =>
        void Promise.resolve(stopModules())
          .then(close)
          .then(() => process.exit(0)),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function seedDemo(ctx: Awaited<ReturnType<typeof createContext>>['ctx']) {
  for (const mod of modules) await mod.seedDemo?.(ctx);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
