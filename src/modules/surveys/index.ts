import type { AppModule } from '../../context';
import { seedDemoSurveys } from './demo';
import { surveysMigrations } from './migrations';
import { surveysRetention } from './retention';
import { surveysRoutes } from './routes';

export type { SurveysTables } from './schema';

export const surveysModule: AppModule = {
  name: 'surveys',
  migrations: surveysMigrations,
  routes: surveysRoutes,
  retention: surveysRetention,
  seedDemo: seedDemoSurveys,
};
