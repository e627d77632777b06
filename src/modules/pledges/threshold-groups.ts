import type { Db } from '../../database';
import type { ThresholdGroup, ThresholdScope } from './contract';
import { readGroupCounts } from './counts';
import { thresholdOptionsOf } from './present';
import { listTriggers, thresholdGroupStates } from './repository';
import type { CampaignTable } from './schema';

/**
 * The groups threshold signers wait on, for organisers: each with its size, its signers by state and
 * when it met its threshold. Those still waiting come first, nearest to their threshold first.
 */
export async function thresholdGroups(db: Db, campaign: CampaignTable): Promise<ThresholdGroup[]> {
  const options = new Map(thresholdOptionsOf(campaign).map((o) => [o.id, o]));
  const [states, triggers] = await Promise.all([thresholdGroupStates(db, campaign.id), listTriggers(db, campaign.id)]);
  const sizes = new Map<ThresholdScope, Map<string, number>>();
  for (const scope of new Set([...options.values()].map((o) => o.scope))) sizes.set(scope, await readGroupCounts(db, campaign.id, scope));
  const metAt = new Map(triggers.map((t) => [`${t.optionId} ${t.scopeKey}`, t.firedAt]));

  const groups = new Map<string, ThresholdGroup>();
  for (const row of states) {
    const option = row.thresholdOptionId ? options.get(row.thresholdOptionId) : undefined;
    if (!option || row.scopeKey === null) continue;
    const id = `${option.id} ${row.scopeKey}`;
    const group = groups.get(id) ?? {
      optionId: option.id,
      scope: option.scope,
      threshold: option.count,
      key: row.scopeKey,
      count: sizes.get(option.scope)?.get(row.scopeKey) ?? 0,
      conditional: 0,
      triggered: 0,
      reconfirmed: 0,
      metAt: metAt.get(id) ?? null,
    };
    if (row.state === 'conditional' || row.state === 'triggered' || row.state === 'reconfirmed') group[row.state] += Number(row.n);
    groups.set(id, group);
  }
  const waitingFirst = (g: ThresholdGroup) => (g.metAt === null ? 0 : 1);
  return [...groups.values()].sort(
    (a, b) => waitingFirst(a) - waitingFirst(b) || b.count / b.threshold - a.count / a.threshold || (a.key < b.key ? -1 : 1),
  );
}
