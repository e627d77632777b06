import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { fundLocales } from './locales';

export const fundPages: PageDef[] = [
  {
    path: '/funds',
    access: 'public',
    component: lazyPage(() => import('./funds-page').then((m) => m.FundsPage)),
    nav: { ns: 'fund', labelKey: 'nav.funds', hintKey: 'nav.fundsHint', order: 46, group: 'care' },
  },
  { path: '/funds/:id', access: 'public', component: lazyPage(() => import('./fund-page').then((m) => m.FundPage)) },
  {
    path: '/fund/treasury',
    access: ['organiser', 'treasurer'],
    component: lazyPage(() => import('./treasury-page').then((m) => m.TreasuryPage)),
    nav: { ns: 'fund', labelKey: 'nav.treasury', hintKey: 'nav.treasuryHint', order: 70, group: 'care' },
  },
  {
    path: '/fund/approvals',
    access: ['treasurer'],
    component: lazyPage(() => import('./approvals-page').then((m) => m.ApprovalsPage)),
    nav: { ns: 'fund', labelKey: 'nav.approvals', hintKey: 'nav.approvalsHint', order: 71, group: 'care' },
  },
  {
    path: '/fund/disbursements/new',
    access: ['caseworker', 'organiser', 'dispatcher'],
    component: lazyPage(() => import('./request-page').then((m) => m.RequestPage)),
  },
];
