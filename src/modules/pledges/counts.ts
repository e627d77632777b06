import type { Db } from '../../database';
import { CAMPAIGN_ASKS, type CampaignAsk, type OrganiserCounts, type PublicCounts, type ThresholdScope } from './contract';
import type { PledgeState } from './schema';

/**
 * The campaign's counters (table pledge_count). Group counters count every active pledge of a
 * threshold group; tallies are what the public page and the organiser see. Both change in the
 * transaction that changes the pledges, so counts are exact without counting rows on every read.
 */

export const CITY = 'city';
const GROUP = 'group:';
const TALLY = 'tally:';

export const groupKey = (scope: ThresholdScope, key: string) => (scope === 'city' ? `${GROUP}${CITY}` : `${GROUP}${scope}:${key}`);
export const CITY_GROUP = groupKey('city', CITY);
export const stateTally = (state: PledgeState) => `${TALLY}${state}`;
export const askTally = (ask: CampaignAsk) => `${TALLY}ask:${ask}`;

/** States whose pledges the public counts. */
export const VISIBLE_STATES: readonly PledgeState[] = ['pledged', 'triggered', 'reconfirmed'];
export const isVisible = (state: PledgeState) => VISIBLE_STATES.includes(state);

/** Deltas to apply, by counter key. */
export class CountChanges {
  readonly deltas = new Map<string, number>();

  add(key: string, delta: number) {
    this.deltas.set(key, (this.deltas.get(key) ?? 0) + delta);
    return this;
  }

  /** A pledge of `asks` entering (+1) or leaving (-1) `state`. */
  move(state: PledgeState, asks: readonly CampaignAsk[], delta: number) {
    this.add(stateTally(state), delta);
    if (isVisible(state)) for (const ask of asks) this.add(askTally(ask), delta);
    return this;
  }
}

/**
 * Adds the deltas and returns the new counts. Keys go in sorted order: on PostgreSQL each upserted
 * row stays locked until commit, so transactions that take them in one order never deadlock, and
 * every signer of a group waits for the one before it (that is what lets a trigger fire once).
 * Group keys sort before tally keys, so a transaction's later tally update keeps the order too.
 */
export async function applyCounts(db: Db, campaignId: string, changes: CountChanges): Promise<Map<string, number>> {
  const rows = [...changes.deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]) => ({ campaignId, key, count }));
  if (!rows.length) return new Map();
  const updated = await db
    .insertInto('pledgeCount')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['campaignId', 'key']).doUpdateSet((eb) => ({ count: eb('pledgeCount.count', '+', eb.ref('excluded.count')) })),
    )
    .returning(['key', 'count'])
    .execute();
  return new Map(updated.map((r) => [r.key, Number(r.count)]));
}

/** The tallies of these campaigns, by campaign id then key. */
export async function readTallies(db: Db, campaignIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  if (!campaignIds.length) return out;
  const rows = await db
    .selectFrom('pledgeCount')
    .select(['campaignId', 'key', 'count'])
    .where('campaignId', 'in', [...new Set(campaignIds)])
    .where('key', 'like', `${TALLY}%`)
    .execute();
  for (const r of rows) {
    const forCampaign = out.get(r.campaignId) ?? new Map<string, number>();
    forCampaign.set(r.key, Number(r.count));
    out.set(r.campaignId, forCampaign);
  }
  return out;
}

/** Group counters of one scope ('workplace', 'union_local', 'city'), by group key (name or 'city'). */
export async function readGroupCounts(db: Db, campaignId: string, scope: ThresholdScope): Promise<Map<string, number>> {
  const prefix = scope === 'city' ? CITY_GROUP : `${GROUP}${scope}:`;
  const rows = await db
    .selectFrom('pledgeCount')
    .select(['key', 'count'])
    .where('campaignId', '=', campaignId)
    .where('key', scope === 'city' ? '=' : 'like', scope === 'city' ? prefix : `${prefix}%`)
    .execute();
  return new Map(rows.map((r) => [scope === 'city' ? CITY : r.key.slice(prefix.length), Number(r.count)]));
}

export function publicCounts(tallies: ReadonlyMap<string, number> = new Map()): PublicCounts {
  const of = (key: string) => tallies.get(key) ?? 0;
  const pledged = of(stateTally('pledged'));
  const triggered = of(stateTally('triggered'));
  const reconfirmed = of(stateTally('reconfirmed'));
  const asks = Object.fromEntries(CAMPAIGN_ASKS.map((a) => [a, of(askTally(a))])) as Record<CampaignAsk, number>;
  return { pledged, triggered, reconfirmed, total: pledged + triggered + reconfirmed, asks };
}

export function organiserCounts(tallies: ReadonlyMap<string, number> = new Map()): OrganiserCounts {
  return {
    ...publicCounts(tallies),
    conditional: tallies.get(stateTally('conditional')) ?? 0,
    withdrawn: tallies.get(stateTally('withdrawn')) ?? 0,
  };
}
