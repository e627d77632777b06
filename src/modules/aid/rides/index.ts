import { ridesMigrations } from './migrations';

export type { RidesTables } from './schema';

/** Recurring rides: what the aid module adds to itself (migrations, routes, retention, demo). */
export const ridesParts = {
  migrations: ridesMigrations,
};
