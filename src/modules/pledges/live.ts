import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../core/errors';
import { encodeSse, openSse, type SseConnection } from '../../core/http/sse';
import type { Stop } from '../../core/module';
import { findCampaign } from './campaigns-lookup';
import type { LiveCounts } from './contract';
import { publicCounts, readTallies } from './counts';
import { PLEDGES_CHANGED, type PledgesChanged } from './events';

/**
 * Live counts on the public page, by Server-Sent Events rather than polling: each frame carries the
 * whole public count (nothing private), so a reconnecting page needs no replay, and a node reads a
 * campaign's counts at most once per COALESCE_MS however many pages watch and however fast people
 * sign — where polling would cost every open page a request every few seconds.
 */
export const COALESCE_MS = 500;

/** The frame every watcher of a campaign gets; null once the campaign is gone or back to draft. */
async function countsFrame(ctx: AppContext, campaignId: string): Promise<string | null> {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign || campaign.state === 'draft') return null;
  const tallies = await readTallies(ctx.db, [campaignId]);
  const data: LiveCounts = { campaignId, state: campaign.state, counts: publicCounts(tallies.get(campaignId)) };
  return encodeSse({ event: 'counts', data });
}

/** One node's open public pages, by campaign, with at most one pending write per campaign. */
class CampaignHub {
  private readonly watchers = new Map<string, Set<SseConnection>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly ctx: AppContext) {}

  add(campaignId: string, conn: SseConnection) {
    const set = this.watchers.get(campaignId) ?? new Set<SseConnection>();
    set.add(conn);
    this.watchers.set(campaignId, set);
  }

  remove(campaignId: string, conn: SseConnection) {
    const set = this.watchers.get(campaignId);
    set?.delete(conn);
    if (set && !set.size) this.watchers.delete(campaignId);
  }

  /** Counts changed: the watchers hear of it within COALESCE_MS, together with whatever else changes meanwhile. */
  changed(campaignId: string) {
    if (!this.watchers.has(campaignId) || this.timers.has(campaignId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(campaignId);
      this.send(campaignId).catch((err: unknown) => this.ctx.log.error('live pledge counts failed', { err: String(err) }));
    }, COALESCE_MS);
    timer.unref();
    this.timers.set(campaignId, timer);
  }

  private async send(campaignId: string) {
    if (!this.watchers.has(campaignId)) return;
    const frame = await countsFrame(this.ctx, campaignId);
    for (const conn of this.watchers.get(campaignId) ?? []) frame ? conn.write(frame) : conn.close();
  }

  stop() {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const set of [...this.watchers.values()]) for (const conn of [...set]) conn.close();
  }
}

const hubs = new WeakMap<AppContext, CampaignHub>();

export function startLiveCounts(ctx: AppContext): Stop {
  const hub = new CampaignHub(ctx);
  hubs.set(ctx, hub);
  const unsubscribe = ctx.bus.subscribe<PledgesChanged>(PLEDGES_CHANGED, ({ data }) => hub.changed(data.campaignId));
  return () => {
    unsubscribe();
    hubs.delete(ctx);
    hub.stop();
  };
}

/** A public page's stream of `counts` events: the current counts at once, then each change. */
export async function openCountsStream(ctx: AppContext, c: Context, campaignId: string): Promise<Response> {
  // A client that cannot read an event stream would wait on this response forever.
  if (!c.req.header('accept')?.includes('text/event-stream'))
    throw new AppError(406, 'not_acceptable', 'This is an event stream: send Accept: text/event-stream.');
  const first = await countsFrame(ctx, campaignId);
  if (!first) throw notFound('Campaign');
  const hub = hubs.get(ctx);
  if (!hub) throw new AppError(503, 'live_unavailable', 'Live updates are not running on this server.');
  return openSse(c, (conn) => {
    hub.add(campaignId, conn);
    conn.write(first);
    return () => hub.remove(campaignId, conn);
  });
}
