import type { PageDef } from '../../../core/web/router';
import { WebhooksPage } from './webhooks-page';

export { webhooksLocales } from './locales';

export const webhooksPages: PageDef[] = [
  {
    path: '/webhooks',
    access: ['organiser'],
    component: WebhooksPage,
    nav: { ns: 'webhooks', labelKey: 'nav.webhooks', hintKey: 'nav.webhooksHint', order: 85 },
  },
];
