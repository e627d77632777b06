import type { AppModule } from '../../context';
import { patrolsMigrations } from './migrations';

export { type PeacekeepingTables, peacekeepingModule } from './peacekeeping';
export type { PatrolsTables } from './schema';

export const patrolsModule: AppModule = {
  name: 'patrols',
  migrations: patrolsMigrations,
};
