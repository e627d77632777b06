import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import type { CampaignEndorsementTable, OrgMemberLinkTable, OrgTable } from './schema';

/** Queries of the orgs module; every function takes the database (or a transaction) first. */

// Organisations

export const findOrg = (db: Db, id: string) => db.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst();

export const findOrgByName = (db: Db, name: string) => db.selectFrom('org').selectAll().where('name', '=', name).executeTakeFirst();

export function listOrgRows(db: Db, includeUnverified: boolean) {
  let q = db.selectFrom('org').selectAll().orderBy('name');
  if (!includeUnverified) q = q.where('verifiedAt', 'is not', null);
  return q.execute();
}

export const insertOrg = (db: Db, row: OrgTable) => db.insertInto('org').values(row).execute();

export const setOrgVerified = (db: Db, id: string, at: number) =>
  db.updateTable('org').set({ verifiedAt: at }).where('id', '=', id).where('verifiedAt', 'is', null).execute();

// Endorsements

export const findEndorsement = (db: Db, id: string) =>
  db.selectFrom('campaignEndorsement').selectAll().where('id', '=', id).executeTakeFirst();

export const findEndorsementOf = (db: Db, campaignId: string, orgId: string) =>
  db.selectFrom('campaignEndorsement').select('id').where('campaignId', '=', campaignId).where('orgId', '=', orgId).executeTakeFirst();

/** A sign-on still naming a new organisation of this name, for this campaign. */
export const findNewOrgEndorsement = (db: Db, campaignId: string, name: string) =>
  db
    .selectFrom('campaignEndorsement')
    .select('id')
    .where('campaignId', '=', campaignId)
    .where('orgId', 'is', null)
    .where('newOrgName', '=', name)
    .executeTakeFirst();

/** False when the organisation already signed on to the campaign (the unique key decides, even under concurrency). */
export async function insertEndorsement(db: Db, row: CampaignEndorsementTable): Promise<boolean> {
  const inserted = await db
    .insertInto('campaignEndorsement')
    .values(row)
    .onConflict((oc) => oc.columns(['campaignId', 'orgId']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

/** Only one organiser's verification wins: the one whose update still finds the sign-on pending. */
export const claimPendingEndorsement = async (db: Db, id: string, at: number, by: string) =>
  changedAny(
    await db
      .updateTable('campaignEndorsement')
      .set({ state: 'verified', decidedAt: at, decidedBy: by })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst(),
  );

/** A new organisation's sign-on, once the organisation exists: it now points at it. */
export const attachEndorsementToOrg = (db: Db, id: string, orgId: string) =>
  db
    .updateTable('campaignEndorsement')
    .set({ orgId, newOrgName: null, newOrgKind: null, newOrgDescription: null })
    .where('id', '=', id)
    .execute();

export const deleteEndorsement = (db: Db, id: string) => db.deleteFrom('campaignEndorsement').where('id', '=', id).execute();

/** Verified sign-ons of verified organisations: what the public may see. */
export const listVerifiedEndorsers = (db: Db, campaignId: string) =>
  db
    .selectFrom('campaignEndorsement as e')
    .innerJoin('org', 'org.id', 'e.orgId')
    .select(['org.id as orgId', 'org.name', 'org.kind'])
    .where('e.campaignId', '=', campaignId)
    .where('e.state', '=', 'verified')
    .where('org.verifiedAt', 'is not', null)
    .orderBy('org.name')
    .execute();

export const listPendingEndorsementRows = (db: Db) =>
  db
    .selectFrom('campaignEndorsement as e')
    .leftJoin('org', 'org.id', 'e.orgId')
    .select([
      'e.id',
      'e.campaignId',
      'e.orgId',
      'e.newOrgName',
      'e.newOrgKind',
      'e.newOrgDescription',
      'e.contact',
      'e.byMember',
      'e.createdAt',
      'org.name as orgName',
      'org.kind as orgKind',
      'org.description as orgDescription',
      'org.verifiedAt as orgVerifiedAt',
    ])
    .where('e.state', '=', 'pending')
    .orderBy('e.createdAt')
    .orderBy('e.id')
    .execute();

export async function endorsedCampaignIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('campaignEndorsement')
    .select('campaignId')
    .where('orgId', '=', orgId)
    .where('state', '=', 'verified')
    .orderBy('createdAt')
    .execute();
  return rows.map((r) => r.campaignId);
}

export async function campaignIdsWithContacts(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('campaignEndorsement').select('campaignId').distinct().where('contact', 'is not', null).execute();
  return rows.map((r) => r.campaignId);
}

export async function clearContacts(db: Db, campaignId: string): Promise<number> {
  const result = await db
    .updateTable('campaignEndorsement')
    .set({ contact: null })
    .where('campaignId', '=', campaignId)
    .where('contact', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// Member links

export const findLink = (db: Db, orgId: string, memberId: string) =>
  db.selectFrom('orgMemberLink').select('id').where('orgId', '=', orgId).where('memberId', '=', memberId).executeTakeFirst();

/** False when the member was linked already. */
export async function insertLink(db: Db, row: OrgMemberLinkTable): Promise<boolean> {
  const inserted = await db
    .insertInto('orgMemberLink')
    .values(row)
    .onConflict((oc) => oc.columns(['orgId', 'memberId']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

export const deleteLink = async (db: Db, id: string) =>
  changedAny(await db.deleteFrom('orgMemberLink').where('id', '=', id).executeTakeFirst());

export const linkedOrgRows = (db: Db, memberId: string) =>
  db
    .selectFrom('orgMemberLink as l')
    .innerJoin('org', 'org.id', 'l.orgId')
    .selectAll('org')
    .where('l.memberId', '=', memberId)
    .orderBy('org.name')
    .execute();

export async function countLinks(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('orgMemberLink')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('orgId', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
