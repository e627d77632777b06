import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { businessesLocales } from './locales';

export const businessesPages: PageDef[] = [
  {
    path: '/businesses',
    access: 'public',
    component: lazyPage(() => import('./businesses-page').then((m) => m.BusinessesPage)),
    nav: { ns: 'businesses', labelKey: 'nav.businesses', hintKey: 'nav.businessesHint', order: 44, group: 'mobilise' },
  },
  { path: '/businesses/join', access: 'public', component: lazyPage(() => import('./join-page').then((m) => m.JoinPage)) },
  { path: '/businesses/review', access: ['organiser'], component: lazyPage(() => import('./review-page').then((m) => m.ReviewPage)) },
];
