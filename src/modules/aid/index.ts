import type { AppContext, AppModule } from '../../context';
import { MINUTE } from '../../core/clock';
import { seedDemoAid } from './demo';
import { expireLapsedClaims } from './lease';
import { aidMigrations } from './migrations';
import { aidRetention } from './retention';
import { aidRoutes } from './routes';

export { type FundableAidRequest, findFundableAidRequest, listFundableAidRequests, markAidRequestPaid } from './fund';
export { expireLapsedClaims } from './lease';
export { type RidesTables, ridesModule } from './rides';
export type { AidTables } from './schema';

/**
 * Lapsed claims also go back to open on every read; the timer makes sure they do on a quiet network
 * too, so a task nobody confirmed does not sit "claimed" until someone looks.
 */
function startAid(ctx: AppContext) {
  const timer = setInterval(() => {
    expireLapsedClaims(ctx).catch((err: unknown) => ctx.log.error('aid claim expiry failed', { err: String(err) }));
  }, MINUTE);
  timer.unref();
  return () => clearInterval(timer);
}

export const aidModule: AppModule = {
  name: 'aid',
  migrations: aidMigrations,
  routes: aidRoutes,
  retention: aidRetention,
  start: startAid,
  seedDemo: seedDemoAid,
};
