import type { AppContext, AppModule } from '../../context';
import { INCIDENT_CLOSED, type IncidentClosed, REPORT_CONFIRMED, type ReportConfirmed } from '../reports';
import { seedDemoDispatch } from './demo';
import { dispatchMigrations } from './migrations';
import { openDispatch } from './offering';
import { dispatchRetention } from './retention';
import { dispatchRoutes } from './routes';
import { closeDispatch, runDispatchTimers } from './timers';

export { getIncidentDispatch } from './board';
export type { BoardIncident, MyOffer, OfferState } from './contract';
export { DISPATCH_CHANGED, DISPATCH_WIDENED, type DispatchChanged, type DispatchWidened } from './events';
export { openDispatch, widenCase } from './offering';
export type { DispatchTables } from './schema';
export { closeDispatch, runDispatchTimers } from './timers';

const TICK_MS = 30_000;

/** Opens a case on every confirmed report, ends it when the incident closes, and runs the timers. */
function startDispatch(ctx: AppContext) {
  const unsubscribe = [
    ctx.bus.subscribe<ReportConfirmed>(REPORT_CONFIRMED, async ({ data }) => void (await openDispatch(ctx, data))),
    ctx.bus.subscribe<IncidentClosed>(INCIDENT_CLOSED, async ({ data }) => void (await closeDispatch(ctx, data))),
  ];
  const timer = setInterval(() => {
    runDispatchTimers(ctx).catch((err: unknown) => ctx.log.error('dispatch timers failed', { err: String(err) }));
  }, TICK_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const stop of unsubscribe) stop();
  };
}

export const dispatchModule: AppModule = {
  name: 'dispatch',
  migrations: dispatchMigrations,
  routes: dispatchRoutes,
  retention: dispatchRetention,
  start: startDispatch,
  seedDemo: seedDemoDispatch,
};
