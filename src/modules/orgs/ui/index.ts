import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { orgsLocales } from './locales';

export const orgsPages: PageDef[] = [
  {
    path: '/orgs',
    access: 'signed_in',
    component: lazyPage(() => import('./orgs-page').then((m) => m.OrgsPage)),
    nav: { ns: 'orgs', labelKey: 'nav.orgs', hintKey: 'nav.orgsHint', order: 30, group: 'mobilise' },
  },
  {
    path: '/orgs/endorsements',
    access: ['organiser'],
    component: lazyPage(() => import('./endorsements-page').then((m) => m.EndorsementsPage)),
  },
  { path: '/orgs/:id', access: 'public', component: lazyPage(() => import('./org-page').then((m) => m.OrgPage)) },
  { path: '/campaigns/:id/endorse', access: 'public', component: lazyPage(() => import('./endorse-page').then((m) => m.EndorsePage)) },
];
