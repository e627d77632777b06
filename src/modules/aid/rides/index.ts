import type { AppModule } from '../../../context';
import { seedDemoRides } from './demo';
import { ridesMigrations } from './migrations';
import { ridesRetention } from './retention';
import { ridesRoutes } from './routes';

export type { RidesTables } from './schema';

/** Recurring rides to work or school, matched weekly: part of mutual aid, with its own tables and pages. */
export const ridesModule: AppModule = {
  name: 'rides',
  migrations: ridesMigrations,
  routes: ridesRoutes,
  retention: ridesRetention,
  seedDemo: seedDemoRides,
};
