import type { AppModule } from '../../context';
import { pledgesMigrations } from './migrations';

export { findCampaign } from './campaigns-lookup';
export type { CampaignTable, PledgesTables } from './schema';

export const pledgesModule: AppModule = {
  name: 'pledges',
  migrations: pledgesMigrations,
};
