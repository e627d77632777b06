import type { AppModule } from '../../context';
import { seedDemoFunds } from './demo';
import { fundMigrations } from './migrations';
import { fundRetention } from './retention';
import { fundRoutes } from './routes';
import { IMPORT_PATHS } from './treasury-routes';

export { type LedgerReport, verifyLedger } from './ledger-verify';
export type { FundTables } from './schema';

export const fundModule: AppModule = {
  name: 'fund',
  migrations: fundMigrations,
  routes: fundRoutes,
  retention: fundRetention,
  seedDemo: seedDemoFunds,
  // A few years of a processor's export is a few MB, over the API's default body limit.
  largeBodyPaths: IMPORT_PATHS,
};
