import type { AppModule } from '../../context';
import { trainingsMigrations } from './migrations';

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
};
