import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { membersLocales } from './locales';

export const membersPages: PageDef[] = [
  { path: '/sign-in', access: 'public', component: lazyPage(() => import('./sign-in-page').then((m) => m.SignInPage)) },
  { path: '/invite', access: 'public', component: lazyPage(() => import('./invite-page').then((m) => m.InvitePage)) },
  {
    path: '/',
    access: 'signed_in',
    component: lazyPage(() => import('./home-page').then((m) => m.HomePage)),
    nav: { ns: 'members', labelKey: 'nav.home', order: 0 },
  },
  {
    path: '/members',
    access: 'trusted',
    component: lazyPage(() => import('./members-page').then((m) => m.MembersPage)),
    nav: { ns: 'members', labelKey: 'nav.members', hintKey: 'nav.membersHint', order: 20, group: 'network' },
  },
  {
    path: '/settings',
    access: 'signed_in',
    component: lazyPage(() => import('./settings-page').then((m) => m.SettingsPage)),
    nav: { ns: 'members', labelKey: 'nav.settings', hintKey: 'nav.settingsHint', order: 90 },
  },
];
