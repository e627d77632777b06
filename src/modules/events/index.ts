import type { AppModule } from '../../context';

export type { EventsTables } from './schema';

export const eventsModule: AppModule = {
  name: 'events',
};
