import type { PageDef } from '../../../core/web/router';
import { AuditLogPage } from './audit-page';

export { auditLocales } from './locales';

export const auditPages: PageDef[] = [
  {
    path: '/audit',
    access: ['admin'],
    component: AuditLogPage,
    nav: { ns: 'audit', labelKey: 'nav.audit', hintKey: 'nav.auditHint', order: 80 },
  },
];
