import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { patrolsLocales } from './locales';

export const patrolsPages: PageDef[] = [
  {
    path: '/patrols/mine',
    access: 'trusted',
    component: lazyPage(() => import('./my-shifts-page').then((m) => m.MyShiftsPage)),
    nav: { ns: 'patrols', labelKey: 'nav.mine', hintKey: 'nav.mineHint', order: 21, group: 'field' },
  },
  { path: '/patrols/open', access: 'trusted', component: lazyPage(() => import('./open-shifts-page').then((m) => m.OpenShiftsPage)) },
  {
    path: '/patrols/coverage',
    access: ['organiser'],
    component: lazyPage(() => import('./coverage-page').then((m) => m.CoveragePage)),
    nav: { ns: 'patrols', labelKey: 'nav.coverage', hintKey: 'nav.coverageHint', order: 22, group: 'field' },
  },
  { path: '/patrols/sites', access: ['organiser'], component: lazyPage(() => import('./sites-page').then((m) => m.SitesPage)) },
  { path: '/patrols/sites/:id', access: ['organiser'], component: lazyPage(() => import('./site-page').then((m) => m.SitePage)) },
  {
    path: '/patrols/volunteers',
    access: ['organiser'],
    component: lazyPage(() => import('./volunteers-page').then((m) => m.VolunteersPage)),
  },
];
