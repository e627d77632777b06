import type { AppModule } from '../../context';
import { seedDemoAssemblies } from './demo';
import { assembliesMigrations } from './migrations';
import { assembliesRetention } from './retention';
import { assembliesRoutes } from './routes';

export type { AssembliesTables } from './schema';

/** Assemblies nested to any depth: rules, meetings, proposals and votes, delegates and their mandates. */
export const assembliesModule: AppModule = {
  name: 'assemblies',
  migrations: assembliesMigrations,
  routes: assembliesRoutes,
  retention: assembliesRetention,
  seedDemo: seedDemoAssemblies,
};
