import type { Db } from '../../database';
import type { CampaignTable } from './schema';

/** A campaign others may refer to (events, surveys, businesses, endorsements); drafts are not public. */
export async function findCampaign(db: Db, id: string): Promise<CampaignTable | undefined> {
  return db.selectFrom('campaign').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The demo network's campaign, for other modules' demo data (endorsements, events). */
export async function findDemoCampaign(db: Db): Promise<CampaignTable | undefined> {
  return db.selectFrom('campaign').selectAll().where('demo', '=', 1).orderBy('createdAt').limit(1).executeTakeFirst();
}
