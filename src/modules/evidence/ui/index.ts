import type { PageDef } from '../../../core/web/router';
import { EvidencePage } from './evidence-page';

export { EvidenceUpload, type EvidenceUploadProps } from './evidence-upload';
export { EvidenceReportSection, IncidentEvidence } from './incident-evidence';
export { evidenceLocales } from './locales';

export const evidencePages: PageDef[] = [
  { path: '/evidence/:id', access: ['responder', 'verifier', 'dispatcher', 'caseworker'], component: EvidencePage },
];
