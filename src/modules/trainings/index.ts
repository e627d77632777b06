import type { AppContext, AppModule } from '../../context';
import { MINUTE } from '../../core/clock';
import { seedDemoTrainings } from './demo';
import { trainingsMigrations } from './migrations';
import { sendSessionReminders } from './reminders';
import { trainingsRetention } from './retention';
import { trainingsRoutes } from './routes';

export {
  assertQualifiedForRoles,
  type QualificationInput,
  recordQualification,
  requireQualification,
  type ValidQualification,
  validQualificationsOf,
} from './qualifications-service';
export type { TrainingsTables } from './schema';

/** Every node checks each minute for sessions due a reminder; a claimed row makes it one push per session. */
function startTrainings(ctx: AppContext) {
  const tick = setInterval(
    () => void sendSessionReminders(ctx).catch((err: unknown) => ctx.log.error('training reminders failed', { err: String(err) })),
    MINUTE,
  );
  tick.unref();
  return () => clearInterval(tick);
}

export const trainingsModule: AppModule = {
  name: 'trainings',
  migrations: trainingsMigrations,
  routes: trainingsRoutes,
  retention: trainingsRetention,
  start: startTrainings,
  seedDemo: seedDemoTrainings,
};
