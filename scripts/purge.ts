import { loadConfig } from '../src/core/config';
import { purgeExpired } from '../src/core/retention';
import { createContext, retentionRules } from '../src/server';

/** `npm run purge`: delete every record past its retention period now (the server does this hourly). */
const config = loadConfig();
const { ctx, close } = await createContext({ config });
const results = await purgeExpired(ctx.db, retentionRules, config, ctx.clock.now());
for (const r of results) process.stdout.write(`${r.kind.padEnd(12)} kept ${String(r.days).padStart(3)} days  deleted ${r.deleted}\n`);
await close();
