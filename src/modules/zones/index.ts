import type { AppModule } from '../../context';
import { zonesMigrations } from './migrations';

export const zonesModule: AppModule = {
  name: 'zones',
  migrations: zonesMigrations,
};
