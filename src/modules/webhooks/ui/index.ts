import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { webhooksLocales } from './locales';

export const webhooksPages: PageDef[] = [
  {
    path: '/webhooks',
    access: ['organiser'],
    component: lazyPage(() => import('./webhooks-page').then((m) => m.WebhooksPage)),
    nav: { ns: 'webhooks', labelKey: 'nav.webhooks', hintKey: 'nav.webhooksHint', order: 85, group: 'network' },
  },
];
