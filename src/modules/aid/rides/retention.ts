import type { RetentionRule } from '../../../core/retention';
import type { Db } from '../../../database';

/**
 * Kind `ride`: a week's runs, assignments and excluded pairs go N days after the week ended; a rider
 * (with the addresses) and a driver's availability N days after they ended. Deleting a week, rider or
 * driver removes its assignments by cascade. Returns how many weeks, riders and drivers went.
 */
const purgeRides = (db: Db, cutoff: number): Promise<number> =>
  db.transaction().execute(async (tx) => {
    const weeks = await tx.deleteFrom('rideWeek').where('endsAt', '<', cutoff).executeTakeFirst();
    const riders = await tx.deleteFrom('rideRider').where('state', '=', 'ended').where('endedAt', '<', cutoff).executeTakeFirst();
    const drivers = await tx.deleteFrom('rideDriver').where('state', '=', 'ended').where('endedAt', '<', cutoff).executeTakeFirst();
    return Number(weeks.numDeletedRows) + Number(riders.numDeletedRows) + Number(drivers.numDeletedRows);
  });

export const ridesRetention: RetentionRule<Db>[] = [{ kind: 'ride', purge: purgeRides }];
