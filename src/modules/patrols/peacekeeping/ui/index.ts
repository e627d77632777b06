import { lazyPage } from '../../../../core/web/lazy-page';
import type { PageDef } from '../../../../core/web/router';

export { peacekeepingLocales } from './locales';

const ORGANISER = ['organiser'] as const;

export const peacekeepingPages: PageDef[] = [
  {
    path: '/marshals',
    access: ORGANISER,
    component: lazyPage(() => import('./plans-page').then((m) => m.PlansPage)),
    nav: { ns: 'peacekeeping', labelKey: 'nav.marshals', hintKey: 'nav.marshalsHint', order: 24, group: 'field' },
  },
  {
    path: '/marshals/mine',
    access: 'trusted',
    component: lazyPage(() => import('./mine-page').then((m) => m.MinePage)),
    nav: { ns: 'peacekeeping', labelKey: 'nav.mine', hintKey: 'nav.mineHint', order: 29, group: 'field' },
  },
  { path: '/marshals/events/:eventId', access: ORGANISER, component: lazyPage(() => import('./plan-page').then((m) => m.PlanPage)) },
  {
    path: '/marshals/events/:eventId/board',
    access: ORGANISER,
    component: lazyPage(() => import('./board-page').then((m) => m.BoardPage)),
  },
  {
    path: '/marshals/events/:eventId/sheet',
    access: ORGANISER,
    component: lazyPage(() => import('./sheet-page').then((m) => m.SheetPage)),
  },
];
