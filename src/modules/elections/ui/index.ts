import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { electionsLocales } from './locales';

export const electionsPages: PageDef[] = [
  { path: '/elections/:id', access: 'signed_in', component: lazyPage(() => import('./election-page').then((m) => m.ElectionPage)) },
  { path: '/elections/:id/ballots', access: 'signed_in', component: lazyPage(() => import('./ballots-page').then((m) => m.BallotsPage)) },
];
