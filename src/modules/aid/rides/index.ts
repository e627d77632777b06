import type { AppModule } from '../../../context';
import { ridesMigrations } from './migrations';

export type { RidesTables } from './schema';

/** Recurring rides to work or school, matched weekly: part of mutual aid, with its own tables and pages. */
export const ridesModule: AppModule = {
  name: 'rides',
  migrations: ridesMigrations,
};
