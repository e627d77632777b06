import type { AppContext } from '../../context';
import { conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { findCampaign } from '../pledges';
import { MEMBER_COUNT_MIN, type NewOrg, type Org, type OrgProfile } from './contract';
import { countLinks, endorsedCampaignIds, findOrg, findOrgByName, insertOrg, listOrgRows, setOrgVerified } from './repository';
import type { OrgTable } from './schema';

export const presentOrg = (row: OrgTable): Org => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  description: row.description,
  verified: row.verifiedAt !== null,
  demo: row.demo === 1,
});

/** Everyone sees verified organisations; trusted members also see those waiting for verification. */
export async function listOrgs(ctx: AppContext, includeUnverified: boolean): Promise<Org[]> {
  return (await listOrgRows(ctx.db, includeUnverified)).map(presentOrg);
}

/** Adds an organisation inside the caller's transaction (its name must be free). */
export async function addOrg(
  ctx: AppContext,
  tx: Db,
  actor: Principal | null,
  input: NewOrg,
  opts: { verified?: boolean; demo?: boolean } = {},
): Promise<OrgTable> {
  const now = ctx.clock.now();
  const row: OrgTable = {
    id: ctx.ids.next(),
    name: input.name,
    kind: input.kind,
    description: input.description,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    verifiedAt: opts.verified ? now : null,
    demo: opts.demo ? 1 : 0,
  };
  if (await findOrgByName(tx, input.name)) throw conflict('org_exists', 'An organisation with this name already exists.', 'name');
  await insertOrg(tx, row);
  await audit(ctx, tx, { actor, action: 'org.created', objectType: 'org', objectId: row.id });
  return row;
}

export async function createOrg(
  ctx: AppContext,
  actor: Principal | null,
  input: NewOrg,
  opts: { verified?: boolean; demo?: boolean } = {},
): Promise<Org> {
  return presentOrg(await ctx.db.transaction().execute((tx) => addOrg(ctx, tx, actor, input, opts)));
}

/** Verifies an organisation inside the caller's transaction; verifying twice changes nothing. */
export async function markOrgVerified(ctx: AppContext, tx: Db, actor: Principal, row: OrgTable): Promise<OrgTable> {
  if (row.verifiedAt !== null) return row;
  const verifiedAt = ctx.clock.now();
  await setOrgVerified(tx, row.id, verifiedAt);
  await audit(ctx, tx, { actor, action: 'org.verified', objectType: 'org', objectId: row.id });
  return { ...row, verifiedAt };
}

export async function verifyOrg(ctx: AppContext, actor: Principal, id: string): Promise<Org> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await findOrg(tx, id);
    if (!row) throw notFound('Organisation');
    return presentOrg(await markOrgVerified(ctx, tx, actor, row));
  });
}

/** The linked-member count as anyone may see it: none below MEMBER_COUNT_MIN, so that small groups are not exposed. */
export async function shownMemberCount(db: Db, orgId: string): Promise<number | null> {
  const count = await countLinks(db, orgId);
  return count >= MEMBER_COUNT_MIN ? count : null;
}

/** An organisation's page: public once verified (trusted members also see those waiting, as in the list). */
export async function getOrgProfile(ctx: AppContext, viewer: Principal | null, id: string): Promise<OrgProfile> {
  const row = await findOrg(ctx.db, id);
  if (!row || (row.verifiedAt === null && !viewer?.trusted)) throw notFound('Organisation');
  const campaigns: OrgProfile['campaigns'] = [];
  for (const campaignId of await endorsedCampaignIds(ctx.db, id)) {
    const campaign = await findCampaign(ctx.db, campaignId);
    if (campaign && campaign.state !== 'draft') campaigns.push({ id: campaign.id, title: campaign.title });
  }
  return { ...presentOrg(row), campaigns, memberCount: await shownMemberCount(ctx.db, id) };
}
