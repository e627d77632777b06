import type { PageDef } from '../../../core/web/router';
import { OrgsPage } from './orgs-page';

export { orgsLocales } from './locales';

export const orgsPages: PageDef[] = [
  {
    path: '/orgs',
    access: 'signed_in',
    component: OrgsPage,
    nav: { ns: 'orgs', labelKey: 'nav.orgs', hintKey: 'nav.orgsHint', order: 30 },
  },
];
