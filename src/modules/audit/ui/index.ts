import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { auditLocales } from './locales';

export const auditPages: PageDef[] = [
  {
    path: '/audit',
    access: ['admin'],
    component: lazyPage(() => import('./audit-page').then((m) => m.AuditLogPage)),
    nav: { ns: 'audit', labelKey: 'nav.audit', hintKey: 'nav.auditHint', order: 80, group: 'network' },
  },
];
