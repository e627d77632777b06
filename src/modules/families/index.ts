import type { AppContext, AppModule } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { caseAccess, notAssigned } from './access';
import { seedDemoFamilies } from './demo';
import { checkFamiliesKeyAtStart, familiesKeyState } from './key';
import { familiesMigrations } from './migrations';
import { familiesRetention } from './retention';
import { familiesRoutes } from './routes';

export type { FamiliesTables } from './schema';

export const familiesModule: AppModule = {
  name: 'families',
  migrations: familiesMigrations,
  routes: familiesRoutes,
  retention: familiesRetention,
  seedDemo: seedDemoFamilies,
  start(ctx) {
    // A missing or wrong key is said in the log at start, not first noticed by a caseworker.
    void checkFamiliesKeyAtStart(ctx);
    return async () => {
      await familiesKeyState(ctx).catch(() => {});
    };
  },
};

/**
 * For other modules linking something to a case (aid requests, disbursements): 404 `not_found` when
 * there is no such open case, 403 `not_assigned` unless `principal` is a caseworker assigned to it
 * (admin does not bypass). It reads no sealed field, so it works without the families key.
 */
export async function assertAssignedCaseworker(ctx: AppContext, principal: Principal, caseId: string): Promise<void> {
  const access = await caseAccess(ctx.db, principal, caseId);
  if (access?.state !== 'open') throw notFound('Family case');
  if (!access.assigned) throw notAssigned();
}
