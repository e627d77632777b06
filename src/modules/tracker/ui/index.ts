import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { trackerLocales } from './locales';

export const trackerPages: PageDef[] = [
  {
    path: '/tracker',
    access: 'public',
    component: lazyPage(() => import('./tracker-page').then((m) => m.TrackerPage)),
    nav: { ns: 'tracker', labelKey: 'nav.tracker', hintKey: 'nav.trackerHint', order: 60, group: 'mobilise' },
  },
  { path: '/tracker/import', access: ['organiser'], component: lazyPage(() => import('./import-page').then((m) => m.ImportPage)) },
];
