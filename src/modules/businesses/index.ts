import type { AppModule } from '../../context';
import { seedDemoBusinesses } from './demo';
import { businessesMigrations } from './migrations';
import { businessesRetention } from './retention';
import { businessesRoutes } from './routes';

export type { BusinessesTables } from './schema';

export const businessesModule: AppModule = {
  name: 'businesses',
  migrations: businessesMigrations,
  routes: businessesRoutes,
  retention: businessesRetention,
  seedDemo: seedDemoBusinesses,
};
