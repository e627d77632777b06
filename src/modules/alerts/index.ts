import type { AppModule } from '../../context';

export type { AlertsTables } from './schema';

export const alertsModule: AppModule = {
  name: 'alerts',
};
