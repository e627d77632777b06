import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { pledgesLocales } from './locales';

export const pledgesPages: PageDef[] = [
  {
    path: '/campaigns',
    access: 'public',
    component: lazyPage(() => import('./campaigns-page').then((m) => m.CampaignsPage)),
    nav: { ns: 'pledges', labelKey: 'nav.campaigns', hintKey: 'nav.campaignsHint', order: 36, group: 'mobilise' },
  },
  // Exact paths are matched before patterns, so /campaigns/new is not taken for a campaign id.
  {
    path: '/campaigns/new',
    access: ['organiser'],
    component: lazyPage(() => import('./campaign-editor-pages').then((m) => m.NewCampaignPage)),
  },
  { path: '/campaigns/:id', access: 'public', component: lazyPage(() => import('./campaign-page').then((m) => m.CampaignPage)) },
  {
    path: '/campaigns/:id/manage',
    access: ['organiser'],
    component: lazyPage(() => import('./manage-page').then((m) => m.ManageCampaignPage)),
  },
  {
    path: '/campaigns/:id/edit',
    access: ['organiser'],
    component: lazyPage(() => import('./campaign-editor-pages').then((m) => m.EditCampaignPage)),
  },
  { path: '/my-pledges', access: 'public', component: lazyPage(() => import('./my-pledges-page').then((m) => m.MyPledgesPage)) },
];
