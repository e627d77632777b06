import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import type { CampaignTable, PledgeState, PledgeTable, PledgeTriggerTable } from './schema';

/** Queries of the pledges module; every function takes the database (or a transaction) first. */

// Campaigns

export const insertCampaign = (db: Db, row: CampaignTable) => db.insertInto('campaign').values(row).execute();

export async function updateCampaignRow(db: Db, id: string, set: Partial<CampaignTable>, fromState?: CampaignTable['state']) {
  let q = db.updateTable('campaign').set(set).where('id', '=', id);
  if (fromState) q = q.where('state', '=', fromState);
  return changedAny(await q.executeTakeFirst());
}

/** Open and closed campaigns, and drafts for organisers (in no particular order). */
export function listCampaignRows(db: Db, includeDrafts: boolean) {
  let q = db.selectFrom('campaign').selectAll();
  if (!includeDrafts) q = q.where('state', '!=', 'draft');
  return q.execute();
}

export const findCampaigns = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('campaign')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute()
    : Promise.resolve([]);

// Pledges

export const insertPledge = (db: Db, row: PledgeTable) => db.insertInto('pledge').values(row).execute();

export const findPledgeByTokenHash = (db: Db, hash: string) =>
  db.selectFrom('pledge').selectAll().where('manageTokenHash', '=', hash).executeTakeFirst();

export const findPledgesByTokenHashes = (db: Db, hashes: readonly string[]) =>
  db
    .selectFrom('pledge')
    .selectAll()
    .where('manageTokenHash', 'in', [...new Set(hashes)])
    .execute();

export const findPledge = (db: Db, id: string) => db.selectFrom('pledge').selectAll().where('id', '=', id).executeTakeFirst();

export const pledgeStateOf = async (db: Db, id: string) =>
  (await db.selectFrom('pledge').select('state').where('id', '=', id).executeTakeFirst())?.state;

export const listMemberPledges = (db: Db, memberId: string) =>
  db.selectFrom('pledge').selectAll().where('memberId', '=', memberId).orderBy('createdAt', 'desc').execute();

export async function hasActivePledge(db: Db, campaignId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('pledge')
    .select('id')
    .where('memberId', '=', memberId)
    .where('campaignId', '=', campaignId)
    .where('state', '!=', 'withdrawn')
    .executeTakeFirst();
  return !!row;
}

/** Moves a pledge on only if it is still in `from` (a concurrent change makes this a no-op). */
export async function movePledge(db: Db, id: string, from: PledgeState, set: Partial<PledgeTable>) {
  return changedAny(await db.updateTable('pledge').set(set).where('id', '=', id).where('state', '=', from).executeTakeFirst());
}

/** The active pledges of a campaign, oldest first, for the organisers' export. */
export const listActivePledges = (db: Db, campaignId: string) =>
  db
    .selectFrom('pledge')
    .selectAll()
    .where('campaignId', '=', campaignId)
    .where('state', '!=', 'withdrawn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

/** Threshold pledges by group and state, for the organiser view. */
export const thresholdGroupStates = (db: Db, campaignId: string) =>
  db
    .selectFrom('pledge')
    .select(['thresholdOptionId', 'scopeKey', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('campaignId', '=', campaignId)
    .where('kind', '=', 'threshold')
    .where('state', '!=', 'withdrawn')
    .groupBy(['thresholdOptionId', 'scopeKey', 'state'])
    .execute();

/** Contacts are for reminders only: gone once the campaign closes. */
export async function dropContacts(db: Db, campaignId: string) {
  const r = await db
    .updateTable('pledge')
    .set({ contact: null, contactConsent: 0 })
    .where('campaignId', '=', campaignId)
    .where('contact', 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// Triggers

/** True when this call recorded the trigger; false when the group had already met its threshold. */
export async function insertTrigger(db: Db, row: PledgeTriggerTable): Promise<boolean> {
  const inserted = await db
    .insertInto('pledgeTrigger')
    .values(row)
    .onConflict((oc) => oc.columns(['campaignId', 'optionId', 'scopeKey']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

export async function triggerExists(db: Db, campaignId: string, optionId: string, scopeKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('pledgeTrigger')
    .select('id')
    .where('campaignId', '=', campaignId)
    .where('optionId', '=', optionId)
    .where('scopeKey', '=', scopeKey)
    .executeTakeFirst();
  return !!row;
}

export const listTriggers = (db: Db, campaignId: string) =>
  db.selectFrom('pledgeTrigger').selectAll().where('campaignId', '=', campaignId).execute();

export async function hasConditionalPledge(db: Db, campaignId: string, optionId: string, scopeKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('pledge')
    .select('id')
    .where('campaignId', '=', campaignId)
    .where('thresholdOptionId', '=', optionId)
    .where('scopeKey', '=', scopeKey)
    .where('state', '=', 'conditional')
    .executeTakeFirst();
  return !!row;
}

/** Every conditional signer of the group becomes `triggered`; returns who moved. */
export const triggerGroup = (db: Db, campaignId: string, optionId: string, scopeKey: string, now: number) =>
  db
    .updateTable('pledge')
    .set({ state: 'triggered', triggeredAt: now })
    .where('campaignId', '=', campaignId)
    .where('thresholdOptionId', '=', optionId)
    .where('scopeKey', '=', scopeKey)
    .where('state', '=', 'conditional')
    .returning(['id', 'memberId', 'asks'])
    .execute();
