import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../context';
import { demoPrincipal } from '../members';
import { countZones } from './repository';
import { setWatchedZones, zoneIdsBySlug } from './service';
import { importZones } from './zone-import';

/** The 85 Minneapolis neighbourhoods shipped with Whistle (provenance in data/README.md). */
export const MINNEAPOLIS_GEOJSON = path.join(import.meta.dirname, 'data', 'minneapolis-neighborhoods.geojson');

export const readMinneapolisZones = (): unknown => JSON.parse(fs.readFileSync(MINNEAPOLIS_GEOJSON, 'utf8'));

/** The demo network's zones are the Minneapolis neighbourhoods, unless zones were imported already. */
export async function seedDemoZones(ctx: AppContext) {
  if ((await countZones(ctx.db)) > 0) return;
  await importZones(ctx, readMinneapolisZones());
  await watchDemoZones(ctx);
}

/** Demo members watch Powderhorn Park (where the demo reports are), so its alerts reach them. */
const DEMO_WATCHES: [member: string, slugs: string[]][] = [
  ['Sam', ['powderhorn-park']],
  ['Tou', ['powderhorn-park', 'central']],
  ['Marisol', ['powderhorn-park', 'east-phillips']],
  ['Grace', ['cedar-riverside']],
];

async function watchDemoZones(ctx: AppContext) {
  const idOf = await zoneIdsBySlug(
    ctx,
    DEMO_WATCHES.flatMap(([, slugs]) => slugs),
  );
  for (const [name, slugs] of DEMO_WATCHES) {
    const member = await demoPrincipal(ctx, name);
    if (member)
      await setWatchedZones(
        ctx,
        member,
        slugs.flatMap((s) => idOf.get(s) ?? []),
      );
  }
}
