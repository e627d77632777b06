import type { AppModule } from '../../context';
import { fundMigrations } from './migrations';

export type { FundTables } from './schema';

export const fundModule: AppModule = {
  name: 'fund',
  migrations: fundMigrations,
};
