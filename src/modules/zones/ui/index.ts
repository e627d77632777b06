import type { PageDef } from '../../../core/web/router';
import { ZonesPage } from './zones-page';

export { zonesLocales } from './locales';

export const zonesPages: PageDef[] = [
  {
    path: '/zones',
    access: 'signed_in',
    component: ZonesPage,
    nav: { ns: 'zones', labelKey: 'nav.zones', hintKey: 'nav.zonesHint', order: 10 },
  },
];
