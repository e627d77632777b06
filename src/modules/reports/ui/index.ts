import { h } from 'preact';
import type { PageDef } from '../../../core/web/router';
import { HotlinePage } from './hotline-page';
import { ReportDetail, type ReportSection } from './report-detail-page';
import { type AttachmentSlot, ReportPage } from './report-page';
import { ReportsPage } from './reports-page';

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
      component: () => h(ReportPage, { attachment }),
      nav: { ns: 'reports', labelKey: 'nav.report', hintKey: 'nav.reportHint', order: 5 },
    },
    {
      path: '/reports',
      access: ['dispatcher', 'verifier'],
      component: ReportsPage,
      nav: { ns: 'reports', labelKey: 'nav.reports', hintKey: 'nav.reportsHint', order: 12 },
    },
    {
      path: '/hotline',
      access: ['dispatcher'],
      component: HotlinePage,
      nav: { ns: 'reports', labelKey: 'nav.hotline', hintKey: 'nav.hotlineHint', order: 13 },
    },
    { path: '/reports/:id', access: ['dispatcher', 'verifier'], component: () => h(ReportDetail, { sections: opts.sections ?? [] }) },
  ];
}
