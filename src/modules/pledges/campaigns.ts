import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { findCampaign } from './campaigns-lookup';
import type { Campaign, CampaignInput, CampaignManagement, ThresholdOption } from './contract';
import { applyCounts, CITY_GROUP, CountChanges, organiserCounts, publicCounts, readTallies } from './counts';
import { announceChange } from './events';
import { presentCampaign, thresholdOptionsOf } from './present';
import { dropContacts, insertCampaign, listCampaignRows, updateCampaignRow } from './repository';
import type { CampaignTable } from './schema';
import { thresholdGroups } from './threshold-groups';

/** Campaigns: organisers write them as drafts, open them for pledges, and close them. */

async function withCounts(ctx: AppContext, rows: CampaignTable[]): Promise<Campaign[]> {
  const tallies = await readTallies(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentCampaign(r, publicCounts(tallies.get(r.id))));
}

const sameOptions = (a: readonly { scope: string; count: number }[], b: readonly { scope: string; count: number }[]) =>
  a.length === b.length && a.every((o, i) => o.scope === b[i].scope && o.count === b[i].count);

/** The campaign's columns from an organiser's input; `options` are the threshold options with their ids. */
function contentOf(input: CampaignInput, options: ThresholdOption[]) {
  if (input.endsAt <= input.startsAt) throw badRequest('ends_before_start', 'The campaign must end after it starts.', 'endsAt');
  return {
    title: input.title,
    summary: input.summary,
    demands: JSON.stringify(input.demands),
    asks: JSON.stringify([...new Set(input.asks)]),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    translations: JSON.stringify(input.translations),
    thresholdOptions: JSON.stringify(options),
  };
}

function newOptions(ctx: AppContext, input: CampaignInput): ThresholdOption[] {
  const seen = new Set<string>();
  return input.thresholdOptions.map((o, i) => {
    const key = `${o.scope}:${o.count}`;
    if (seen.has(key)) throw badRequest('duplicate_threshold', 'This threshold is listed twice.', `thresholdOptions.${i}`);
    seen.add(key);
    return { id: ctx.ids.next(), scope: o.scope, count: o.count };
  });
}

export async function createCampaign(ctx: AppContext, actor: Principal | null, input: CampaignInput, opts: { demo?: boolean } = {}) {
  const now = ctx.clock.now();
  const row: CampaignTable = {
    id: ctx.ids.next(),
    ...contentOf(input, newOptions(ctx, input)),
    state: 'draft',
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    demo: opts.demo ? 1 : 0,
    updatedAt: now,
    openedAt: null,
    closedAt: null,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertCampaign(tx, row);
    await audit(ctx, tx, { actor, action: 'campaign.created', objectType: 'campaign', objectId: row.id });
  });
  return presentCampaign(row);
}

/** Threshold options are fixed once pledges can wait on them; everything else may be corrected. */
export async function updateCampaign(ctx: AppContext, actor: Principal, id: string, input: CampaignInput): Promise<Campaign> {
  const updated = await ctx.db.transaction().execute(async (tx) => {
    const row = await findCampaign(tx, id);
    if (!row) throw notFound('Campaign');
    if (row.state === 'closed') throw conflict('campaign_closed', 'This campaign is closed and can no longer change.');
    const current = thresholdOptionsOf(row);
    let options = current;
    if (!sameOptions(current, input.thresholdOptions)) {
      if (row.state !== 'draft')
        throw conflict('thresholds_locked', 'Thresholds cannot change once the campaign is open.', 'thresholdOptions');
      options = newOptions(ctx, input);
    }
    const next = { ...row, ...contentOf(input, options), updatedAt: ctx.clock.now() };
    await updateCampaignRow(tx, id, next);
    await audit(ctx, tx, { actor, action: 'campaign.updated', objectType: 'campaign', objectId: id });
    return next;
  });
  await announceChange(ctx, id);
  return (await withCounts(ctx, [updated]))[0];
}

export async function openCampaign(ctx: AppContext, actor: Principal | null, id: string): Promise<Campaign> {
  const now = ctx.clock.now();
  const opened = await ctx.db.transaction().execute(async (tx) => {
    const row = await findCampaign(tx, id);
    if (!row) throw notFound('Campaign');
    if (row.state !== 'draft') throw conflict('campaign_not_draft', 'Only a draft campaign can be opened.');
    if (row.endsAt <= now) throw conflict('campaign_ended', 'This campaign has already ended.');
    if (!(await updateCampaignRow(tx, id, { state: 'open', openedAt: now, updatedAt: now }, 'draft')))
      throw conflict('campaign_not_draft', 'Only a draft campaign can be opened.');
    await audit(ctx, tx, { actor, action: 'campaign.opened', objectType: 'campaign', objectId: id });
    return { ...row, state: 'open' as const, openedAt: now, updatedAt: now };
  });
  await announceChange(ctx, id);
  return (await withCounts(ctx, [opened]))[0];
}

/** Closing ends pledging and deletes every contact given for reminders. */
export async function closeCampaign(ctx: AppContext, actor: Principal, id: string): Promise<Campaign> {
  const now = ctx.clock.now();
  const closed = await ctx.db.transaction().execute(async (tx) => {
    if (!(await findCampaign(tx, id))) throw notFound('Campaign');
    // The city group's row lock, which every pledge takes first: a pledge in flight either commits
    // before this (and its contact is dropped below) or waits and then finds the campaign closed.
    await applyCounts(tx, id, new CountChanges().add(CITY_GROUP, 0));
    const row = (await findCampaign(tx, id)) as CampaignTable;
    if (row.state !== 'open') throw conflict('campaign_not_open', 'This campaign is not open.');
    await updateCampaignRow(tx, id, { state: 'closed', closedAt: now, updatedAt: now }, 'open');
    await dropContacts(tx, id);
    await audit(ctx, tx, { actor, action: 'campaign.closed', objectType: 'campaign', objectId: id });
    return { ...row, state: 'closed' as const, closedAt: now, updatedAt: now };
  });
  await announceChange(ctx, id);
  return (await withCounts(ctx, [closed]))[0];
}

export async function listCampaigns(ctx: AppContext, includeDrafts: boolean): Promise<Campaign[]> {
  const rows = await listCampaignRows(ctx.db, includeDrafts);
  // Drafts (organisers only) first, then open ones soonest first, then closed ones latest first.
  const order = (r: CampaignTable) => (r.state === 'draft' ? 0 : r.state === 'open' ? 1 : 2);
  rows.sort((a, b) => order(a) - order(b) || (a.state === 'open' ? a.startsAt - b.startsAt : b.startsAt - a.startsAt));
  return withCounts(ctx, rows);
}

/** The public page's data: drafts are not public. */
export async function getPublicCampaign(ctx: AppContext, id: string): Promise<Campaign> {
  const row = await findCampaign(ctx.db, id);
  if (!row || row.state === 'draft') throw notFound('Campaign');
  return (await withCounts(ctx, [row]))[0];
}

/** Everything organisers see: all counts and the threshold groups, including those still waiting. */
export async function manageCampaign(ctx: AppContext, id: string): Promise<CampaignManagement> {
  const row = await findCampaign(ctx.db, id);
  if (!row) throw notFound('Campaign');
  const tallies = (await readTallies(ctx.db, [id])).get(id);
  return {
    campaign: presentCampaign(row, publicCounts(tallies)),
    counts: organiserCounts(tallies),
    groups: await thresholdGroups(ctx.db, row),
  };
}
