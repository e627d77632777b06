import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import { hashToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import { findCampaign } from './campaigns-lookup';
import type { PledgeRef, PledgeStatus, ThresholdOptionInput } from './contract';
import { applyCounts, CountChanges } from './counts';
import { announceChange, announceReconfirmed } from './events';
import { groupChanges, scopeKeysOf } from './pledging';
import { asksOf, presentCampaign, thresholdOptionsOf, translatedTitles } from './present';
import {
  findCampaigns,
  findPledge,
  findPledgeByTokenHash,
  findPledgesByTokenHashes,
  listMemberPledges,
  movePledge,
  pledgeStateOf,
} from './repository';
import type { CampaignTable, PledgeTable } from './schema';

/** A signer's own pledges: found by the token their device keeps, or by member id when signed in. */

function presentPledge(p: PledgeTable, campaign: CampaignTable): PledgeStatus {
  const option = thresholdOptionsOf(campaign).find((o) => o.id === p.thresholdOptionId);
  const threshold: ThresholdOptionInput | null = option ? { scope: option.scope, count: option.count } : null;
  const { counts: _counts, thresholdOptions: _options, demands: _demands, summary: _summary, ...about } = presentCampaign(campaign);
  return {
    id: p.id,
    campaign: { ...about, translations: translatedTitles(campaign) },
    kind: p.kind,
    state: p.state,
    asks: asksOf(p.asks),
    threshold,
    createdAt: p.createdAt,
    triggeredAt: p.triggeredAt,
    reconfirmedAt: p.reconfirmedAt,
    withdrawnAt: p.withdrawnAt,
  };
}

async function presentPledges(ctx: AppContext, pledges: PledgeTable[]): Promise<PledgeStatus[]> {
  const campaigns = new Map(
    (
      await findCampaigns(
        ctx.db,
        pledges.map((p) => p.campaignId),
      )
    ).map((c) => [c.id, c]),
  );
  return pledges.flatMap((p) => {
    const campaign = campaigns.get(p.campaignId);
    return campaign ? [presentPledge(p, campaign)] : [];
  });
}

/** Unknown tokens are left out, not refused: a device may keep tokens of pledges deleted since. */
export async function lookupPledges(ctx: AppContext, tokens: readonly string[]): Promise<PledgeStatus[]> {
  return presentPledges(ctx, await findPledgesByTokenHashes(ctx.db, tokens.map(hashToken)));
}

export async function listMyPledges(ctx: AppContext, principal: Principal): Promise<PledgeStatus[]> {
  return presentPledges(ctx, await listMemberPledges(ctx.db, principal.memberId));
}

/** Someone else's pledge id is as unknown as a wrong token: nothing says it exists. */
async function findOwnPledge(ctx: AppContext, principal: Principal | null, ref: PledgeRef) {
  if (!!ref.token === !!ref.pledgeId) throw badRequest('pledge_ref_required', 'Send the pledge token or the pledge id.', 'token');
  const pledge = ref.token ? await findPledgeByTokenHash(ctx.db, hashToken(ref.token)) : await findPledge(ctx.db, ref.pledgeId ?? '');
  if (!pledge || (ref.pledgeId && (!principal || pledge.memberId !== principal.memberId))) throw notFound('Pledge');
  const campaign = await findCampaign(ctx.db, pledge.campaignId);
  if (campaign?.state !== 'open') throw conflict('campaign_not_open', 'This campaign is closed: pledges can no longer change.');
  return { pledge, campaign };
}

/** A triggered signer says they are still in. Saying it twice is fine. */
export async function reconfirmPledge(ctx: AppContext, principal: Principal | null, ref: PledgeRef): Promise<PledgeStatus> {
  const { pledge, campaign } = await findOwnPledge(ctx, principal, ref);
  if (pledge.state === 'reconfirmed') return presentPledge(pledge, campaign);
  if (pledge.state !== 'triggered') throw conflict('not_triggered', 'Only a pledge whose threshold was met can be reconfirmed.');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await movePledge(tx, pledge.id, 'triggered', { state: 'reconfirmed', reconfirmedAt: now })))
      throw conflict('pledge_changed', 'This pledge changed meanwhile. Reload to see it.');
    const asks = asksOf(pledge.asks);
    await applyCounts(tx, pledge.campaignId, new CountChanges().move('triggered', asks, -1).move('reconfirmed', asks, 1));
  });
  await announceReconfirmed(ctx, pledge);
  return presentPledge({ ...pledge, state: 'reconfirmed', reconfirmedAt: now }, campaign);
}

/**
 * Withdraws a pledge: it stops counting everywhere, and what the signer told us about themselves is
 * forgotten at once. Withdrawing twice is fine.
 */
export async function withdrawPledge(ctx: AppContext, principal: Principal | null, ref: PledgeRef): Promise<PledgeStatus> {
  const { pledge, campaign } = await findOwnPledge(ctx, principal, ref);
  if (pledge.state === 'withdrawn') return presentPledge(pledge, campaign);
  const now = ctx.clock.now();
  const forgotten = {
    state: 'withdrawn' as const,
    withdrawnAt: now,
    name: '',
    contact: null,
    contactConsent: 0,
    workplace: null,
    workplaceKey: null,
    unionLocal: null,
    unionLocalKey: null,
    school: null,
    zoneId: null,
    scopeKey: null,
  };
  await ctx.db.transaction().execute(async (tx) => {
    // Group counters first, as a signer takes them: a trigger in flight finishes before this reads the state.
    await applyCounts(tx, pledge.campaignId, groupChanges(scopeKeysOf(pledge), -1));
    const state = await pledgeStateOf(tx, pledge.id);
    if (!state || state === 'withdrawn' || !(await movePledge(tx, pledge.id, state, forgotten)))
      throw conflict('pledge_changed', 'This pledge changed meanwhile. Reload to see it.');
    const changes = new CountChanges().move(state, asksOf(pledge.asks), -1).move('withdrawn', [], 1);
    await applyCounts(tx, pledge.campaignId, changes);
  });
  await announceChange(ctx, pledge.campaignId);
  return presentPledge({ ...pledge, ...forgotten }, campaign);
}
