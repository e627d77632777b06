import { loadConfig } from '../src/core/config';
import { verifyCustody } from '../src/modules/evidence';
import { createContext } from '../src/server';

/**
 * `npm run custody:verify`: walks every evidence item's chain of custody and checks its files against
 * the hashes the chain was made with. Exits 1 when anything was tampered with.
 */
const config = loadConfig();
const { ctx, close } = await createContext({ config });
try {
  const report = await verifyCustody(ctx.db, { evidenceDir: config.evidenceDir });
  process.stdout.write(`checked ${report.items} evidence items, ${report.entries} custody entries\n`);
  for (const b of report.broken) {
    process.stdout.write(`BROKEN  item ${b.evidenceId}${b.seq === null ? '' : ` entry ${b.seq}`}: ${b.reason}\n`);
  }
  if (report.firstBroken) {
    const { evidenceId, seq, reason } = report.firstBroken;
    process.stdout.write(`custody check FAILED: first break at item ${evidenceId}${seq === null ? '' : `, entry ${seq}`} (${reason})\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('custody check passed: every chain and file is intact\n');
  }
} finally {
  await close();
}
