import type { PageDef } from '../../../core/web/router';
import { NewSurveyPage } from './new-survey-page';
import { SurveyPage } from './survey-page';
import { SurveysPage } from './surveys-page';

export { surveysLocales } from './locales';

export const surveysPages: PageDef[] = [
  {
    path: '/surveys',
    access: 'trusted',
    component: SurveysPage,
    nav: { ns: 'surveys', labelKey: 'nav.surveys', hintKey: 'nav.surveysHint', order: 42 },
  },
  { path: '/surveys/new', access: ['organiser'], component: NewSurveyPage },
  // Public: a survey whose results are public can be shared with anyone; members-only ones need signing in.
  { path: '/surveys/:id', access: 'public', component: SurveyPage },
];
