import { lazyPage } from '../../../../core/web/lazy-page';
import type { PageDef } from '../../../../core/web/router';

export { delegatesLocales } from './locales';
export { ProposalMandates } from './proposal-mandates';

export const delegatesPages: PageDef[] = [
  {
    path: '/assemblies/:id/delegates',
    access: 'trusted',
    component: lazyPage(() => import('./delegates-page').then((m) => m.DelegatesPage)),
  },
  {
    path: '/assemblies/:id/elections/new',
    access: 'trusted',
    component: lazyPage(() => import('./new-election-page').then((m) => m.NewDelegateElectionPage)),
  },
];
