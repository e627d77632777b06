import type { AppModule } from '../../context';
import { seedDemoZones } from './demo';
import { zonesMigrations } from './migrations';
import { zonesRoutes } from './routes';

export { CELL_RESOLUTION, cellCentre, cellOf, isCell } from './cells';
export type { Located, ZoneSummary } from './contract';
export { MINNEAPOLIS_GEOJSON, readMinneapolisZones } from './demo';
export type { LatLng } from './geo';
export { zoneOutlines, zonesWithinRadius } from './radius';
export type { ZonesTables } from './schema';
export {
  findZoneAt,
  getWatchedZones,
  listZones,
  locate,
  neighboursOf,
  watchersOf,
  ZONE_WATCH_CHANGED,
  type ZoneWatchChanged,
  zoneIdsBySlug,
  zoneNames,
} from './service';
export { type ImportOptions, importZones } from './zone-import';

export const zonesModule: AppModule = {
  name: 'zones',
  migrations: zonesMigrations,
  routes: zonesRoutes,
  seedDemo: seedDemoZones,
  largeBodyPaths: ['/api/zones/import'],
};
