import type { PageDef } from '../../../core/web/router';
import { HomePage } from './home-page';
import { InvitePage } from './invite-page';
import { MembersPage } from './members-page';
import { SettingsPage } from './settings-page';
import { SignInPage } from './sign-in-page';

export { membersLocales } from './locales';

export const membersPages: PageDef[] = [
  { path: '/sign-in', access: 'public', component: SignInPage },
  { path: '/invite', access: 'public', component: InvitePage },
  { path: '/', access: 'signed_in', component: HomePage, nav: { ns: 'members', labelKey: 'nav.home', order: 0 } },
  {
    path: '/members',
    access: 'trusted',
    component: MembersPage,
    nav: { ns: 'members', labelKey: 'nav.members', hintKey: 'nav.membersHint', order: 20 },
  },
  {
    path: '/settings',
    access: 'signed_in',
    component: SettingsPage,
    nav: { ns: 'members', labelKey: 'nav.settings', hintKey: 'nav.settingsHint', order: 90 },
  },
];
