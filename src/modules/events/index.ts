import type { AppContext, AppModule } from '../../context';
import { seedDemoEvents } from './demo';
import { eventsMigrations } from './migrations';
import { sendDueReminders } from './reminders';
import { eventsRetention } from './retention';
import { eventsRoutes } from './routes';

export { sendDueReminders } from './reminders';
export type { EventsTables } from './schema';

const TICK_MS = 60_000;

/** Sends reminders as they fall due; each node runs the tick, one of them sends each reminder. */
function startEvents(ctx: AppContext) {
  const timer = setInterval(() => {
    sendDueReminders(ctx).catch((err: unknown) => ctx.log.error('event reminders failed', { err: String(err) }));
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export const eventsModule: AppModule = {
  name: 'events',
  migrations: eventsMigrations,
  routes: eventsRoutes,
  retention: eventsRetention,
  start: startEvents,
  seedDemo: seedDemoEvents,
};
export { type EventBrief, findEventBrief, listUpcomingEventBriefs } from './briefs';
