import type { AppModule } from '../../context';
import { evidenceMigrations } from './migrations';
import { evidenceRetention } from './retention';
import { evidenceRoutes, MEMBER_UPLOAD_PATH, REPORTER_UPLOAD_PATH } from './routes';

export type { EvidenceItem } from './contract';
export { type CustodyBreak, type CustodyReport, verifyCustody } from './custody';
export { purgeEvidence } from './retention';
export type { EvidenceTables } from './schema';
export { listEvidence } from './service';

export const evidenceModule: AppModule = {
  name: 'evidence',
  migrations: evidenceMigrations,
  routes: evidenceRoutes,
  retention: evidenceRetention,
  largeBodyPaths: [REPORTER_UPLOAD_PATH, MEMBER_UPLOAD_PATH],
};
