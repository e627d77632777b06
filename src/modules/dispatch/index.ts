import type { AppModule } from '../../context';

export type { DispatchTables } from './schema';

export const dispatchModule: AppModule = {
  name: 'dispatch',
};
