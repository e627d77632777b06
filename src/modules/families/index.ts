import type { AppContext, AppModule } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { familiesMigrations } from './migrations';

export type { FamiliesTables } from './schema';

export const familiesModule: AppModule = {
  name: 'families',
  migrations: familiesMigrations,
};

/**
 * For other modules linking something to a case (aid requests, disbursements): 404 when there is no
 * such open case, 403 unless `principal` is a caseworker assigned to it. Placeholder until the
 * families service lands: it refuses everything.
 */
export async function assertAssignedCaseworker(_ctx: AppContext, _principal: Principal, _caseId: string): Promise<void> {
  throw notFound('Family case');
}
