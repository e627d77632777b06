import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { findCampaign } from '../pledges';
import { campaignIdsWithContacts, clearContacts } from './repository';

/**
 * An endorser's contact is for the campaign only: config.retentionDays.endorsement_contact days
 * after the campaign ends it is cleared (the endorsement itself stays; it names an organisation).
 */
async function clearEndedCampaignContacts(db: Db, cutoff: number): Promise<number> {
  let cleared = 0;
  for (const campaignId of await campaignIdsWithContacts(db)) {
    const campaign = await findCampaign(db, campaignId);
    if (campaign && campaign.endsAt < cutoff) cleared += await clearContacts(db, campaignId);
  }
  return cleared;
}

export const orgsRetention: RetentionRule<Db>[] = [{ kind: 'endorsement_contact', purge: clearEndedCampaignContacts }];
