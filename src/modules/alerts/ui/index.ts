import type { PageDef } from '../../../core/web/router';
import { AlertPage } from './alert-page';
import { AlertsPage } from './alerts-page';

export { AlertComposer } from './alert-composer';
export { alertsLocales } from './locales';
export { AlertReportSection } from './report-section';

export const alertsPages: PageDef[] = [
  {
    path: '/alerts',
    access: 'signed_in',
    component: AlertsPage,
    nav: { ns: 'alerts', labelKey: 'nav.alerts', hintKey: 'nav.alertsHint', order: 5 },
  },
  { path: '/alerts/:id', access: 'signed_in', component: AlertPage },
];
