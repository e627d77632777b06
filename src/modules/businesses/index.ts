import type { AppModule } from '../../context';

export type { BusinessesTables } from './schema';

export const businessesModule: AppModule = {
  name: 'businesses',
};
