import type { AppModule } from '../../../context';
import { seedDemoPeacekeeping } from './demo';
import { peacekeepingMigrations } from './migrations';
import { peacekeepingRetention } from './retention';
import { peacekeepingRoutes } from './routes';

export type { PeacekeepingTables } from './schema';

/** Marshal plans for marches and rallies: posts, the ratio planner, qualified assignments, check-in, the contact sheet. */
export const peacekeepingModule: AppModule = {
  name: 'peacekeeping',
  migrations: peacekeepingMigrations,
  routes: peacekeepingRoutes,
  retention: peacekeepingRetention,
  seedDemo: seedDemoPeacekeeping,
};
