import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { AlertComposer } from './alert-composer';
export { alertsLocales } from './locales';
export { AlertReportSection } from './report-section';

export const alertsPages: PageDef[] = [
  {
    path: '/alerts',
    access: 'signed_in',
    component: lazyPage(() => import('./alerts-page').then((m) => m.AlertsPage)),
    nav: { ns: 'alerts', labelKey: 'nav.alerts', hintKey: 'nav.alertsHint', order: 5, group: 'respond' },
  },
  { path: '/alerts/:id', access: 'signed_in', component: lazyPage(() => import('./alert-page').then((m) => m.AlertPage)) },
];
