import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../context';
import { countZones } from './repository';
import { importZones } from './zone-import';

/** The 85 Minneapolis neighbourhoods shipped with Whistle (provenance in data/README.md). */
export const MINNEAPOLIS_GEOJSON = path.join(import.meta.dirname, 'data', 'minneapolis-neighborhoods.geojson');

export const readMinneapolisZones = (): unknown => JSON.parse(fs.readFileSync(MINNEAPOLIS_GEOJSON, 'utf8'));

/** The demo network's zones are the Minneapolis neighbourhoods, unless zones were imported already. */
export async function seedDemoZones(ctx: AppContext) {
  if ((await countZones(ctx.db)) > 0) return;
  await importZones(ctx, readMinneapolisZones());
}
