import type { AppContext, AppModule } from '../../context';
import { HOUR, MINUTE } from '../../core/clock';
import { seedDemoPatrols } from './demo';
import { extendShifts } from './materialise';
import { patrolsMigrations } from './migrations';
import { sendShiftReminders } from './reminders';
import { patrolsRetention } from './retention';
import { patrolsRoutes } from './routes';

export { extendShifts } from './materialise';
export { type PeacekeepingTables, peacekeepingModule } from './peacekeeping';
export { sendShiftReminders } from './reminders';
export type { PatrolsTables } from './schema';

/**
 * Every node runs both ticks: reminders each minute, shifts extended to the horizon each hour (and at
 * start). Both are idempotent across nodes (a claimed reminder; one shift per series and day).
 */
function startPatrols(ctx: AppContext) {
  const fail = (what: string) => (err: unknown) => ctx.log.error(what, { err: String(err) });
  void extendShifts(ctx).catch(fail('patrol shifts not extended'));
  const reminders = setInterval(() => void sendShiftReminders(ctx).catch(fail('shift reminders failed')), MINUTE);
  const horizon = setInterval(() => void extendShifts(ctx).catch(fail('patrol shifts not extended')), HOUR);
  reminders.unref();
  horizon.unref();
  return () => {
    clearInterval(reminders);
    clearInterval(horizon);
  };
}

export const patrolsModule: AppModule = {
  name: 'patrols',
  migrations: patrolsMigrations,
  routes: patrolsRoutes,
  retention: patrolsRetention,
  start: startPatrols,
  seedDemo: seedDemoPatrols,
};
