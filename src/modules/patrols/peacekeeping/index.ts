import type { AppModule } from '../../../context';
import { peacekeepingMigrations } from './migrations';

export type { PeacekeepingTables } from './schema';

export const peacekeepingModule: AppModule = {
  name: 'peacekeeping',
  migrations: peacekeepingMigrations,
};
