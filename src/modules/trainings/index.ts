import type { AppModule } from '../../context';
import { seedDemoTrainings } from './demo';
import { trainingsMigrations } from './migrations';
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

export const trainingsModule: AppModule = {
  name: 'trainings',
  migrations: trainingsMigrations,
  routes: trainingsRoutes,
  retention: trainingsRetention,
  seedDemo: seedDemoTrainings,
};
