import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { zonesLocales } from './locales';

export const zonesPages: PageDef[] = [
  {
    path: '/zones',
    access: 'signed_in',
    component: lazyPage(() => import('./zones-page').then((m) => m.ZonesPage)),
    nav: { ns: 'zones', labelKey: 'nav.zones', hintKey: 'nav.zonesHint', order: 10, group: 'respond' },
  },
];
