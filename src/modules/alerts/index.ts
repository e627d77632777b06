import type { AppContext, AppModule } from '../../context';
import { startWatcherIndex } from './audience';
import { startLiveAlerts } from './live';
import { alertsMigrations } from './migrations';
import { alertsRetention } from './retention';
import { alertsRoutes } from './routes';
import { expireAlerts } from './updates';

export type { Alert, LiveAlert, LiveExpired } from './contract';
export {
  ALERT_AWAITING,
  ALERT_ENDED,
  ALERT_EXPIRED,
  ALERT_SENT,
  ALERT_UPDATED,
  type AlertBusEvent,
} from './events';
export type { AlertsTables } from './schema';
export { expireAlerts } from './updates';

/** Expiry is checked this often; lists filter by time, so this only paces the live "drop it" message. */
const EXPIRY_TICK_MS = 15_000;

function startExpiry(ctx: AppContext) {
  const timer = setInterval(() => {
    expireAlerts(ctx).catch((err) => ctx.log.error('alert expiry failed', { err: String(err) }));
  }, EXPIRY_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export const alertsModule: AppModule = {
  name: 'alerts',
  migrations: alertsMigrations,
  routes: alertsRoutes,
  retention: alertsRetention,
  start(ctx) {
    const stops = [startWatcherIndex(ctx), startLiveAlerts(ctx), startExpiry(ctx)];
    return async () => {
      for (const stop of stops.reverse()) await stop();
    };
  },
};
