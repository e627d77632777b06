import type { AppModule } from '../../context';
import { seedDemoActions } from './demo';
import { trackerMigrations } from './migrations';
import { IMPORT_PATH } from './organiser-routes';
import { trackerRetention } from './retention';
import { trackerRoutes } from './routes';

export type { TrackerTables } from './schema';

export const trackerModule: AppModule = {
  name: 'tracker',
  migrations: trackerMigrations,
  routes: trackerRoutes,
  retention: trackerRetention,
  seedDemo: seedDemoActions,
  // A 5,000-row file is a few MB, over the API's default body limit.
  largeBodyPaths: [IMPORT_PATH],
};
