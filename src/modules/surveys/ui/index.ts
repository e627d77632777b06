import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { surveysLocales } from './locales';

export const surveysPages: PageDef[] = [
  {
    path: '/surveys',
    access: 'trusted',
    component: lazyPage(() => import('./surveys-page').then((m) => m.SurveysPage)),
    nav: { ns: 'surveys', labelKey: 'nav.surveys', hintKey: 'nav.surveysHint', order: 42, group: 'mobilise' },
  },
  { path: '/surveys/new', access: ['organiser'], component: lazyPage(() => import('./new-survey-page').then((m) => m.NewSurveyPage)) },
  // Public: a survey whose results are public can be shared with anyone; members-only ones need signing in.
  { path: '/surveys/:id', access: 'public', component: lazyPage(() => import('./survey-page').then((m) => m.SurveyPage)) },
];
