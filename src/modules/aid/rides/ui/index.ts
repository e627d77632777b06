import { lazyPage } from '../../../../core/web/lazy-page';
import type { PageDef } from '../../../../core/web/router';

export { ridesLocales } from './locales';

const ORGANISING = ['organiser', 'dispatcher'] as const;

export const ridesPages: PageDef[] = [
  {
    path: '/rides',
    access: ORGANISING,
    component: lazyPage(() => import('./week-page').then((m) => m.RidesWeekPage)),
    nav: { ns: 'rides', labelKey: 'nav.week', hintKey: 'nav.weekHint', order: 26, group: 'care' },
  },
  {
    path: '/rides/riders',
    access: [...ORGANISING, 'caseworker'],
    component: lazyPage(() => import('./riders-page').then((m) => m.RidersPage)),
    nav: { ns: 'rides', labelKey: 'nav.riders', hintKey: 'nav.ridersHint', order: 27, group: 'care' },
  },
  {
    path: '/rides/mine',
    access: 'trusted',
    component: lazyPage(() => import('./mine-page').then((m) => m.MyRidesPage)),
    nav: { ns: 'rides', labelKey: 'nav.mine', hintKey: 'nav.mineHint', order: 28, group: 'care' },
  },
  { path: '/rides/r/:token', access: 'public', component: lazyPage(() => import('./rider-link-page').then((m) => m.RiderLinkPage)) },
];
