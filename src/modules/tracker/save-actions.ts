import type { AppContext } from '../../context';
import { publishPublicEvent } from '../../core/bus/public-events';
import type { Db } from '../../database';
import type { TrackerActionInput } from './action-input';
import { findActionsByExternalIds, replaceChildren, upsertActions } from './repository';
import { actionRow, contentHash, locationRows, type RowOptions, sourceRows } from './rows';

export interface SaveOutcome {
  created: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Writes actions by external id inside the caller's transaction: new ones are inserted (with the id
 * `newIds` gives, else a fresh one), changed ones replaced (locations and sources too), unchanged ones
 * left alone. Each action is whole or absent, since the transaction commits or rolls back as one.
 */
export async function saveActions(
  ctx: AppContext,
  tx: Db,
  inputs: TrackerActionInput[],
  opts: Omit<RowOptions, 'now'> & { newIds?: ReadonlyMap<string, string> } = {},
): Promise<SaveOutcome> {
  const now = ctx.clock.now();
  const stored = new Map(
    (
      await findActionsByExternalIds(
        tx,
        inputs.map((a) => a.externalId),
      )
    ).map((row) => [row.externalId, row]),
  );
  const changed = inputs.filter((input) => stored.get(input.externalId)?.contentHash !== contentHash(input));
  if (changed.length === 0) return { created: [], updated: [], unchanged: inputs.length };

  const idFor = (externalId: string) => stored.get(externalId)?.id ?? opts.newIds?.get(externalId) ?? ctx.ids.next();
  const rows = changed.map((input) => actionRow(idFor(input.externalId), input, { ...opts, now }));
  const ids = await upsertActions(tx, rows);
  const idOf = (input: TrackerActionInput) => ids.get(input.externalId) as string;
  await replaceChildren(
    tx,
    changed.map(idOf),
    changed.flatMap((input) => locationRows(idOf(input), input)),
    changed.flatMap((input) => sourceRows(idOf(input), input)),
  );
  return {
    created: changed.filter((input) => !stored.has(input.externalId)).map(idOf),
    updated: changed.filter((input) => stored.has(input.externalId)).map(idOf),
    unchanged: inputs.length - changed.length,
  };
}

/**
 * Tells webhooks after commit. One event per saved batch, not per action: an import of 5,000 rows
 * sends at most a few dozen deliveries to each receiver instead of 10,000, and each still names
 * every action (by id) so a receiver can fetch what it needs from the public API.
 */
export async function announceSaved(ctx: AppContext, outcome: SaveOutcome, importId: string | null) {
  if (outcome.created.length)
    await publishPublicEvent(ctx, 'action.created', { ids: outcome.created, count: outcome.created.length, importId });
  if (outcome.updated.length)
    await publishPublicEvent(ctx, 'action.updated', { ids: outcome.updated, count: outcome.updated.length, importId });
}
