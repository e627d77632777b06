import type { AppContext } from '../../context';
import { publishPublicEvent } from '../../core/bus/public-events';
import type { ThresholdScope } from './contract';

/** A campaign or its counts changed: open public pages get the new counts (see live.ts). Ids only. */
export const PLEDGES_CHANGED = 'pledges.changed';
export interface PledgesChanged {
  campaignId: string;
}

export const announceChange = (ctx: AppContext, campaignId: string) => ctx.bus.publish<PledgesChanged>(PLEDGES_CHANGED, { campaignId });

/** A group met its threshold (the workplace or union local name stays out: it can point at people). */
export interface ThresholdMet {
  campaignId: string;
  optionId: string;
  scope: ThresholdScope;
  threshold: number;
  /** The group's size when it fired. */
  count: number;
  /** Conditional signers asked to reconfirm. */
  triggered: number;
}

/** After commit: webhooks hear of it (ids, kinds and counts only) and live pages refresh. */
export async function announcePledge(
  ctx: AppContext,
  pledge: { id: string; campaignId: string; kind: string; state: string },
  met: readonly ThresholdMet[],
) {
  await publishPublicEvent(ctx, 'pledge.created', {
    pledgeId: pledge.id,
    campaignId: pledge.campaignId,
    kind: pledge.kind,
    state: pledge.state,
  });
  for (const m of met) await publishPublicEvent(ctx, 'pledge.threshold_met', { ...m });
  await announceChange(ctx, pledge.campaignId);
}

export async function announceReconfirmed(ctx: AppContext, pledge: { id: string; campaignId: string }) {
  await publishPublicEvent(ctx, 'pledge.reconfirmed', { pledgeId: pledge.id, campaignId: pledge.campaignId });
  await announceChange(ctx, pledge.campaignId);
}
