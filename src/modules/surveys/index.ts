import type { AppModule } from '../../context';

export type { SurveysTables } from './schema';

export const surveysModule: AppModule = {
  name: 'surveys',
};
