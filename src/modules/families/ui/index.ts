import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { familiesLocales } from './locales';

export const familiesPages: PageDef[] = [
  {
    path: '/cases',
    // Organisers see how many cases there are and who works them; only caseworkers see their own.
    access: ['caseworker', 'organiser'],
    component: lazyPage(() => import('./cases-page').then((m) => m.CasesPage)),
    nav: { ns: 'families', labelKey: 'nav.cases', hintKey: 'nav.casesHint', order: 18, group: 'care' },
  },
  { path: '/cases/new', access: ['caseworker'], component: lazyPage(() => import('./new-case-page').then((m) => m.NewCasePage)) },
  { path: '/cases/:id', access: ['caseworker'], component: lazyPage(() => import('./case-page').then((m) => m.CasePage)) },
];
