import type { AppModule } from '../../context';

export type { TrackerTables } from './schema';

export const trackerModule: AppModule = {
  name: 'tracker',
};
