import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { EvidenceUpload, type EvidenceUploadProps } from './evidence-upload';
export { EvidenceReportSection, IncidentEvidence } from './incident-evidence';
export { evidenceLocales } from './locales';

export const evidencePages: PageDef[] = [
  {
    path: '/evidence/:id',
    access: ['responder', 'verifier', 'dispatcher', 'caseworker'],
    component: lazyPage(() => import('./evidence-page').then((m) => m.EvidencePage)),
  },
];
