import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { aidLocales } from './locales';

export const aidPages: PageDef[] = [
  {
    path: '/aid',
    access: 'trusted',
    component: lazyPage(() => import('./tasks-page').then((m) => m.TasksPage)),
    nav: { ns: 'aid', labelKey: 'nav.aid', hintKey: 'nav.aidHint', order: 25, group: 'care' },
  },
  { path: '/aid/new', access: 'trusted', component: lazyPage(() => import('./request-form-page').then((m) => m.RequestFormPage)) },
  { path: '/aid/mine', access: 'trusted', component: lazyPage(() => import('./mine-page').then((m) => m.MinePage)) },
  { path: '/aid/filed', access: 'trusted', component: lazyPage(() => import('./filed-page').then((m) => m.FiledPage)) },
  { path: '/aid/offers', access: 'trusted', component: lazyPage(() => import('./offers-page').then((m) => m.OffersPage)) },
  { path: '/aid/profile', access: 'trusted', component: lazyPage(() => import('./profile-page').then((m) => m.ProfilePage)) },
  { path: '/aid/r/:token', access: 'public', component: lazyPage(() => import('./receipt-page').then((m) => m.ReceiptPage)) },
  { path: '/aid/:id', access: 'trusted', component: lazyPage(() => import('./task-page').then((m) => m.TaskPage)) },
];
