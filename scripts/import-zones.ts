import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/core/config';
import { AppError } from '../src/core/errors';
import { importZones } from '../src/modules/zones';
import { createContext } from '../src/server';

/**
 * `npm run zones:import -- <file.geojson> [--name-property NAME] [--replace]`
 * Loads a GeoJSON FeatureCollection of neighbourhoods into the database named by the environment
 * (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL).
 */
const USAGE = 'Usage: npm run zones:import -- <file.geojson> [--name-property NAME] [--replace]';

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'name-property': { type: 'string', default: 'name' },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const file = positionals[0];
  let geojson: unknown;
  try {
    geojson = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    process.stderr.write(`Cannot read ${file} as JSON: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const { ctx, close } = await createContext({ config: loadConfig({ LOG_LEVEL: 'warn', ...process.env }) });
  try {
    const s = await importZones(ctx, geojson, { nameProperty: values['name-property'], replace: values.replace });
    process.stdout.write(
      `Imported ${file} into ${ctx.dialect}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ` +
        `${s.removed} removed; ${s.total} zones, ${s.neighbourPairs} neighbour pairs.\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    process.stderr.write(`Nothing was imported. ${err.message}\n`);
    return 1;
  } finally {
    await close();
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
