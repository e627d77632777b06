import type { AppModule } from '../../context';
import { seedDemoOrgs } from './demo';
import { orgsMigrations } from './migrations';
import { orgsRetention } from './retention';
import { orgsRoutes } from './routes';

export type { OrgsTables } from './schema';
export { listOrgs } from './service';

export const orgsModule: AppModule = {
  name: 'orgs',
  migrations: orgsMigrations,
  routes: orgsRoutes,
  retention: orgsRetention,
  seedDemo: seedDemoOrgs,
};
