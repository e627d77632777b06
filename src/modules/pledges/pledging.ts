import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { badRequest, conflict, notFound } from '../../core/errors';
import { hashToken, secretToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { notifyMembers } from '../push';
import { zoneNames } from '../zones';
import { findCampaign } from './campaigns-lookup';
import type { PledgeCreated, PledgeInput, ThresholdOption, ThresholdScope } from './contract';
import { applyCounts, CITY, CountChanges, groupKey } from './counts';
import { announcePledge, type ThresholdMet } from './events';
import { commitPledge } from './group-commit';
import { asksOf, thresholdOptionsOf } from './present';
import { hasActivePledge, hasConditionalPledge, insertPledge, insertTrigger, triggerExists, triggerGroup } from './repository';
import type { CampaignTable, PledgeState, PledgeTable } from './schema';
import { scopeKeyOf } from './scope-key';

/** The groups a pledge counts toward, by scope: the whole city always, its workplace and union local when given. */
export type ScopeKeys = Partial<Record<ThresholdScope, string>>;

export function scopeKeysOf(p: Pick<PledgeTable, 'workplaceKey' | 'unionLocalKey'>): ScopeKeys {
  return {
    city: CITY,
    ...(p.workplaceKey ? { workplace: p.workplaceKey } : {}),
    ...(p.unionLocalKey ? { union_local: p.unionLocalKey } : {}),
  };
}

export const groupChanges = (keys: ScopeKeys, delta: number) => {
  const changes = new CountChanges();
  for (const [scope, key] of Object.entries(keys) as [ThresholdScope, string][]) changes.add(groupKey(scope, key), delta);
  return changes;
};

const text = (value: string | undefined) => value || null;

/** What is wrong with the input, said before anything is written; and the groups the pledge counts in. */
function checkPledge(ctx: AppContext, campaign: CampaignTable | undefined, input: PledgeInput) {
  if (!campaign || campaign.state === 'draft') throw notFound('Campaign');
  if (campaign.state !== 'open') throw conflict('campaign_not_open', 'This campaign is not taking pledges.');
  if (campaign.endsAt <= ctx.clock.now()) throw conflict('campaign_ended', 'This campaign has already ended.');
  const offered = new Set(asksOf(campaign.asks));
  const unknownAsk = input.asks.findIndex((a) => !offered.has(a));
  if (unknownAsk >= 0) throw badRequest('ask_not_in_campaign', 'This campaign does not ask for that.', `asks.${unknownAsk}`);

  let option: ThresholdOption | null = null;
  if (input.kind === 'threshold') {
    option = thresholdOptionsOf(campaign).find((o) => o.id === input.thresholdOptionId) ?? null;
    if (!option) throw badRequest('unknown_threshold', 'Choose one of the thresholds this campaign offers.', 'thresholdOptionId');
  }
  const keys = scopeKeysOf({ workplaceKey: scopeKeyOf(input.workplace) || null, unionLocalKey: scopeKeyOf(input.unionLocal) || null });
  // The city is everyone's group; a workplace or union local threshold needs its name.
  if (option && !keys[option.scope])
    throw option.scope === 'workplace'
      ? badRequest('workplace_required', 'Say which workplace this threshold counts.', 'workplace')
      : badRequest('union_local_required', 'Say which union local this threshold counts.', 'unionLocal');
  return { campaign, option, keys, asks: [...new Set(input.asks)] };
}

interface Crossing {
  option: ThresholdOption;
  scopeKey: string;
  count: number;
}

/**
 * Fires the group's trigger if nobody has: the unique key on pledge_trigger makes this happen once,
 * and the group's counter row (locked by this transaction) makes concurrent signers wait their turn.
 */
async function fire(
  ctx: AppContext,
  tx: Db,
  campaignId: string,
  c: Crossing,
  changes: CountChanges,
  wake: string[],
): Promise<ThresholdMet | null> {
  const now = ctx.clock.now();
  const row = { id: ctx.ids.next(), campaignId, optionId: c.option.id, scopeKey: c.scopeKey, count: c.count, firedAt: now };
  if (!(await insertTrigger(tx, row))) return null;
  const moved = await triggerGroup(tx, campaignId, c.option.id, c.scopeKey, now);
  for (const p of moved) changes.move('conditional', [], -1).move('triggered', asksOf(p.asks), 1);
  for (const p of moved) if (p.memberId) wake.push(p.memberId);
  return { campaignId, optionId: c.option.id, scope: c.option.scope, threshold: c.option.count, count: c.count, triggered: moved.length };
}

/**
 * The campaign as this transaction sees it. In a shared commit on SQLite every pledge of the batch
 * runs in the same transaction, with nothing else writing meanwhile, so it is read once per batch.
 */
const campaignsSeen = new WeakMap<Db, Map<string, CampaignTable | undefined>>();
async function campaignIn(tx: Db, id: string) {
  const seen = campaignsSeen.get(tx) ?? new Map<string, CampaignTable | undefined>();
  campaignsSeen.set(tx, seen);
  if (!seen.has(id)) seen.set(id, await findCampaign(tx, id));
  return seen.get(id);
}

/** What a pledge is before its transaction: who, when, and the secret's hash. */
type Signing = Pick<PledgeTable, 'id' | 'campaignId' | 'memberId' | 'manageTokenHash' | 'createdAt'>;

/**
 * The pledge's writes, in one transaction (or savepoint): checked against the campaign, then the
 * group counters (on PostgreSQL their row locks order concurrent signers), then every threshold
 * this pledge brings to its count, then the pledge and the tallies.
 */
async function writePledge(ctx: AppContext, tx: Db, principal: Principal | null, input: PledgeInput, signing: Signing) {
  const { campaignId } = signing;
  const plan = checkPledge(ctx, await campaignIn(tx, campaignId), input);
  const sizes = await applyCounts(tx, campaignId, groupChanges(plan.keys, 1));
  // On PostgreSQL a close may have committed while this waited for the group's lock (see closeCampaign).
  if (ctx.dialect === 'postgres' && (await findCampaign(tx, campaignId))?.state !== 'open')
    throw conflict('campaign_not_open', 'This campaign is not taking pledges.');
  if (principal && (await hasActivePledge(tx, campaignId, principal.memberId)))
    throw conflict('already_pledged', 'You have already pledged to this campaign.');

  const changes = new CountChanges();
  const met: ThresholdMet[] = [];
  /** Signed-in signers asked to reconfirm: each gets a content-free push after the commit. */
  const wake: string[] = [];
  let state: PledgeState = plan.option ? 'conditional' : 'pledged';
  for (const option of thresholdOptionsOf(plan.campaign)) {
    const scopeKey = plan.keys[option.scope];
    if (!scopeKey) continue;
    const count = sizes.get(groupKey(option.scope, scopeKey)) ?? 0;
    const crossing = { option, scopeKey, count };
    if (option.id === plan.option?.id) {
      // A group that met its threshold before (even if some have withdrawn since) does not wait again.
      if (count >= option.count) {
        const fired = await fire(ctx, tx, campaignId, crossing, changes, wake);
        if (fired) met.push({ ...fired, triggered: fired.triggered + 1 });
        state = 'triggered';
      } else if (await triggerExists(tx, campaignId, option.id, scopeKey)) state = 'triggered';
    } else if (count === option.count && (await hasConditionalPledge(tx, campaignId, option.id, scopeKey))) {
      const fired = await fire(ctx, tx, campaignId, crossing, changes, wake);
      if (fired) met.push(fired);
    }
  }
  await insertPledge(tx, {
    ...signing,
    kind: input.kind,
    state,
    thresholdOptionId: plan.option?.id ?? null,
    scopeKey: plan.option ? (plan.keys[plan.option.scope] ?? null) : null,
    name: input.name,
    contact: text(input.contact),
    contactConsent: input.contact && input.contactConsent ? 1 : 0,
    workplace: text(input.workplace),
    workplaceKey: plan.keys.workplace ?? null,
    unionLocal: text(input.unionLocal),
    unionLocalKey: plan.keys.union_local ?? null,
    school: text(input.school),
    zoneId: input.zoneId ?? null,
    asks: JSON.stringify(plan.asks),
    triggeredAt: state === 'triggered' ? signing.createdAt : null,
    reconfirmedAt: null,
    withdrawnAt: null,
  });
  await applyCounts(tx, campaignId, changes.move(state, plan.asks, 1));
  return { state, met, wake };
}

/** Signs a pledge: written with others that arrive together (see group-commit.ts), then announced. */
export async function signPledge(
  ctx: AppContext,
  principal: Principal | null,
  campaignId: string,
  input: PledgeInput,
): Promise<PledgeCreated> {
  if (input.zoneId && !(await zoneNames(ctx, [input.zoneId])).has(input.zoneId))
    throw badRequest('unknown_zone', 'There is no such neighbourhood.', 'zoneId');
  const token = secretToken();
  const signing: Signing = {
    id: ctx.ids.next(),
    campaignId,
    memberId: principal?.memberId ?? null,
    manageTokenHash: hashToken(token),
    createdAt: ctx.clock.now(),
  };
  const { state, met, wake } = await commitPledge(ctx, (tx) => writePledge(ctx, tx, principal, input, signing));
  await announcePledge(ctx, { id: signing.id, campaignId, kind: input.kind, state }, met);
  if (wake.length)
    void notifyMembers(ctx, wake, { kind: 'pledge', id: campaignId }, { ttlSeconds: DAY / 1000 }).catch((err: unknown) =>
      ctx.log.error('reconfirm push failed', { err: String(err) }),
    );
  return { id: signing.id, campaignId, state, manageToken: token };
}
