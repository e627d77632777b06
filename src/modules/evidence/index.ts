import type { AppModule } from '../../context';

export type { EvidenceTables } from './schema';

export const evidenceModule: AppModule = {
  name: 'evidence',
};
