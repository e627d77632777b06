import type { AppContext } from '../../context';
import { conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { type CampaignTable, findCampaign } from '../pledges';
import type { EndorsementOutcome, Endorser, NewEndorsement, PendingEndorsement } from './contract';
import {
  attachEndorsementToOrg,
  claimPendingEndorsement,
  deleteEndorsement,
  findEndorsement,
  findEndorsementOf,
  findLink,
  findNewOrgEndorsement,
  findOrg,
  findOrgByName,
  insertEndorsement,
  listPendingEndorsementRows,
  listVerifiedEndorsers,
} from './repository';
import type { CampaignEndorsementTable, OrgTable } from './schema';
import { addOrg, markOrgVerified } from './service';

/** A campaign the public can see: drafts do not exist as far as anyone outside the organisers knows. */
async function visibleCampaign(db: Db, id: string): Promise<CampaignTable> {
  const campaign = await findCampaign(db, id);
  if (!campaign || campaign.state === 'draft') throw notFound('Campaign');
  return campaign;
}

async function campaignTakingEndorsements(db: Db, id: string): Promise<CampaignTable> {
  const campaign = await visibleCampaign(db, id);
  if (campaign.state === 'closed') throw conflict('endorsements_closed', 'This campaign has ended and takes no more endorsements.');
  return campaign;
}

const alreadySignedOn = (field?: string) =>
  conflict('endorsement_exists', 'This organisation has already signed on to this campaign (or is waiting for an organiser).', field);

function pendingRow(ctx: AppContext, campaignId: string, fields: Partial<CampaignEndorsementTable>): CampaignEndorsementTable {
  return {
    id: ctx.ids.next(),
    campaignId,
    orgId: null,
    newOrgName: null,
    newOrgKind: null,
    newOrgDescription: null,
    contact: null,
    byMember: 0,
    state: 'pending',
    createdAt: ctx.clock.now(),
    decidedAt: null,
    decidedBy: null,
    demo: 0,
    ...fields,
  };
}

/** The waiting row of a public sign-on: a known organisation (by id, or by the exact name given), or a new one. */
async function publicSignOn(ctx: AppContext, tx: Db, campaignId: string, input: NewEndorsement): Promise<CampaignEndorsementTable> {
  const contact = input.contact || null;
  if (input.orgId !== undefined) {
    const org = await findOrg(tx, input.orgId);
    if (!org) throw notFound('Organisation');
    return pendingRow(ctx, campaignId, { orgId: org.id, contact });
  }
  // The contract demands a name and a kind when no organisation is chosen.
  const name = input.name ?? '';
  const known = await findOrgByName(tx, name);
  if (known) return pendingRow(ctx, campaignId, { orgId: known.id, contact });
  if (await findNewOrgEndorsement(tx, campaignId, name)) throw alreadySignedOn('name');
  return pendingRow(ctx, campaignId, {
    newOrgName: name,
    newOrgKind: input.kind ?? 'other',
    newOrgDescription: input.description,
    contact,
  });
}

/** Anyone signs an organisation on to a campaign; nothing of it is public until an organiser verifies it. */
export async function submitEndorsement(ctx: AppContext, campaignId: string, input: NewEndorsement): Promise<EndorsementOutcome> {
  await campaignTakingEndorsements(ctx.db, campaignId);
  return ctx.db.transaction().execute(async (tx) => {
    const row = await publicSignOn(ctx, tx, campaignId, input);
    if (!(await insertEndorsement(tx, row))) throw alreadySignedOn(input.orgId !== undefined ? 'orgId' : 'name');
    await audit(ctx, tx, { actor: null, action: 'endorsement.submitted', objectType: 'campaign_endorsement', objectId: row.id });
    return { id: row.id, state: 'pending', orgId: row.orgId };
  });
}

/**
 * A trusted member signs on an organisation they are linked to; it still waits for an organiser.
 * The audit entry names the member but not the sign-on, so it cannot be read as "this member belongs
 * to that organisation" next to the pending list.
 */
export async function submitMemberEndorsement(ctx: AppContext, actor: Principal, orgId: string, campaignId: string) {
  await campaignTakingEndorsements(ctx.db, campaignId);
  return ctx.db.transaction().execute(async (tx): Promise<EndorsementOutcome> => {
    if (!(await findOrg(tx, orgId))) throw notFound('Organisation');
    if (!(await findLink(tx, orgId, actor.memberId)))
      throw forbidden('Link yourself to this organisation first; then you can sign it on.', 'org_not_linked');
    const row = pendingRow(ctx, campaignId, { orgId, byMember: 1 });
    if (!(await insertEndorsement(tx, row))) throw alreadySignedOn('campaignId');
    await audit(ctx, tx, { actor, action: 'endorsement.submitted_by_member', objectType: 'campaign_endorsement', objectId: null });
    return { id: row.id, state: 'pending', orgId };
  });
}

/**
 * The organisation a sign-on naming a new one stands for, once verified: one of that name if it
 * appeared meanwhile, else a new one. The sign-on then points at it.
 */
async function orgForNewSignOn(ctx: AppContext, tx: Db, actor: Principal, row: CampaignEndorsementTable): Promise<OrgTable> {
  const input = { name: row.newOrgName ?? '', kind: row.newOrgKind ?? 'other', description: row.newOrgDescription ?? '' };
  const existing = await findOrgByName(tx, input.name);
  if (existing && (await findEndorsementOf(tx, row.campaignId, existing.id))) throw alreadySignedOn();
  const org = existing ?? (await addOrg(ctx, tx, actor, input));
  await attachEndorsementToOrg(tx, row.id, org.id);
  return org;
}

/** An organiser verifies a sign-on, and with it the organisation (created first if it is new). */
export async function verifyEndorsement(ctx: AppContext, actor: Principal, id: string): Promise<EndorsementOutcome> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await findEndorsement(tx, id);
    if (!row) throw notFound('Endorsement');
    if (!(await claimPendingEndorsement(tx, id, ctx.clock.now(), actor.memberId))) return { id, state: 'verified', orgId: row.orgId };
    const org = row.orgId === null ? await orgForNewSignOn(ctx, tx, actor, row) : await findOrg(tx, row.orgId);
    // The foreign key removes a sign-on with its organisation, so a known one is always there.
    if (!org) throw notFound('Organisation');
    await markOrgVerified(ctx, tx, actor, org);
    await audit(ctx, tx, { actor, action: 'endorsement.verified', objectType: 'campaign_endorsement', objectId: id });
    return { id, state: 'verified', orgId: org.id };
  });
}

/** An organiser turns a sign-on down (or takes a verified one off the list): the row goes, with its contact. */
export async function rejectEndorsement(ctx: AppContext, actor: Principal, id: string): Promise<EndorsementOutcome> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await findEndorsement(tx, id);
    if (!row) throw notFound('Endorsement');
    await deleteEndorsement(tx, id);
    await audit(ctx, tx, { actor, action: 'endorsement.rejected', objectType: 'campaign_endorsement', objectId: id });
    return { id, state: 'rejected', orgId: row.orgId };
  });
}

/** The public list: verified sign-ons of verified organisations; names and kinds of organisations only. */
export async function listEndorsers(ctx: AppContext, campaignId: string): Promise<Endorser[]> {
  await visibleCampaign(ctx.db, campaignId);
  return listVerifiedEndorsers(ctx.db, campaignId);
}

/** For organisers: every sign-on waiting, oldest first, with the campaign's title and the private contact. */
export async function listPendingEndorsements(ctx: AppContext): Promise<PendingEndorsement[]> {
  const rows = await listPendingEndorsementRows(ctx.db);
  const titles = new Map<string, string>();
  for (const campaignId of new Set(rows.map((r) => r.campaignId)))
    titles.set(campaignId, (await findCampaign(ctx.db, campaignId))?.title ?? '');
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaignId,
    campaignTitle: titles.get(r.campaignId) ?? '',
    org: {
      id: r.orgId,
      name: r.orgName ?? r.newOrgName ?? '',
      kind: r.orgKind ?? r.newOrgKind ?? 'other',
      description: r.orgDescription ?? r.newOrgDescription ?? '',
      verified: r.orgVerifiedAt !== null,
    },
    contact: r.contact ?? '',
    byMember: r.byMember === 1,
    createdAt: r.createdAt,
  }));
}
