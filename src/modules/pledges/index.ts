import type { AppModule } from '../../context';
import { createRouter } from '../../core/http/router';
import { campaignRoutes } from './campaign-routes';
import { seedDemoPledges } from './demo';
import { startLiveCounts } from './live';
import { pledgesMigrations } from './migrations';
import { pledgeRoutes } from './pledge-routes';
import { pledgesRetention } from './retention';

export { findCampaign, findDemoCampaign } from './campaigns-lookup';
export type { Campaign, CampaignAsk, CampaignTranslations } from './contract';
export { PLEDGES_CHANGED, type PledgesChanged } from './events';
export type { CampaignTable, PledgesTables } from './schema';

export const pledgesModule: AppModule = {
  name: 'pledges',
  migrations: pledgesMigrations,
  routes: (ctx) => createRouter().route('/', campaignRoutes(ctx)).route('/', pledgeRoutes(ctx)),
  retention: pledgesRetention,
  seedDemo: seedDemoPledges,
  start: startLiveCounts,
};
