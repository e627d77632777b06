import { h } from 'preact';
import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';
import type { ReportSection } from './report-detail-page';
import type { AttachmentSlot } from './report-page';

export { reportsLocales } from './locales';
export type { ReportSection, ReportSectionProps } from './report-detail-page';
export type { AttachmentSlot } from './report-page';

/**
 * The reports pages. Other features plug into two places: `sections` are added to a report's page
 * (alerts, dispatch, evidence), and `attachment` is shown to an anonymous reporter after filing
 * (the evidence upload, given the report id and its upload token). src/app/main.tsx wires them.
 */
export function createReportsPages(opts: { sections?: readonly ReportSection[]; attachment?: AttachmentSlot } = {}): PageDef[] {
  const { attachment } = opts;
  return [
    {
      path: '/report',
      access: 'public',
      component: lazyPage(() => import('./report-page').then((m) => () => h(m.ReportPage, { attachment }))),
      nav: { ns: 'reports', labelKey: 'nav.report', hintKey: 'nav.reportHint', order: 5, group: 'respond' },
    },
    {
      path: '/reports',
      access: ['dispatcher', 'verifier'],
      component: lazyPage(() => import('./reports-page').then((m) => m.ReportsPage)),
      nav: { ns: 'reports', labelKey: 'nav.reports', hintKey: 'nav.reportsHint', order: 12, group: 'respond' },
    },
    {
      path: '/hotline',
      access: ['dispatcher'],
      component: lazyPage(() => import('./hotline-page').then((m) => m.HotlinePage)),
      nav: { ns: 'reports', labelKey: 'nav.hotline', hintKey: 'nav.hotlineHint', order: 13, group: 'respond' },
    },
    {
      path: '/reports/:id',
      access: ['dispatcher', 'verifier'],
      component: lazyPage(() => import('./report-detail-page').then((m) => () => h(m.ReportDetail, { sections: opts.sections ?? [] }))),
    },
  ];
}
