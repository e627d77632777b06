import type { AppContext } from '../../context';
import type { Stop } from '../../core/module';
import { listZones, watchersOf, ZONE_WATCH_CHANGED, type ZoneWatchChanged } from '../zones';
import { WatcherIndex } from './watcher-index';

/**
 * Each node keeps a watcher index (see watcher-index.ts) for the composer's audience preview. Who
 * exactly receives an alert is read from the database when it is sent (`audienceOf` in service.ts).
 */

/** Every watch, read zone by zone through the zones module. */
export async function loadWatcherIndex(ctx: AppContext): Promise<WatcherIndex> {
  const byMember = new Map<string, string[]>();
  for (const zone of await listZones(ctx)) {
    for (const memberId of await watchersOf(ctx, [zone.id])) {
      const zones = byMember.get(memberId) ?? [];
      zones.push(zone.id);
      byMember.set(memberId, zones);
    }
  }
  const index = new WatcherIndex();
  for (const [memberId, zoneIds] of byMember) index.setWatches(memberId, zoneIds);
  return index;
}

/** A full reload now and then mends anything the bus could not say (a member deleted, a zone removed). */
const RELOAD_MS = 10 * 60_000;

interface NodeIndex {
  current: Promise<WatcherIndex>;
  /** Changes heard while a reload was reading, replayed onto its result. */
  pending: ZoneWatchChanged[] | null;
}
const nodes = new WeakMap<AppContext, NodeIndex>();

async function reload(ctx: AppContext, node: NodeIndex) {
  node.pending = [];
  const fresh = await loadWatcherIndex(ctx);
  for (const change of node.pending) fresh.setWatches(change.memberId, change.zoneIds);
  node.pending = null;
  node.current = Promise.resolve(fresh);
}

/** This node's index, kept current by zone-watch events on the bus. */
export function startWatcherIndex(ctx: AppContext): Stop {
  const first = loadWatcherIndex(ctx).catch((err) => {
    ctx.log.error('watcher index load failed', { err: String(err) });
    return new WatcherIndex();
  });
  const node: NodeIndex = { current: first, pending: null };
  nodes.set(ctx, node);
  const unsubscribe = ctx.bus.subscribe<ZoneWatchChanged>(ZONE_WATCH_CHANGED, async ({ data }) => {
    node.pending?.push(data);
    (await node.current).setWatches(data.memberId, data.zoneIds);
  });
  const timer = setInterval(() => {
    reload(ctx, node).catch((err) => ctx.log.error('watcher index reload failed', { err: String(err) }));
  }, RELOAD_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
    nodes.delete(ctx);
  };
}

/** How many members watch any of these zones, from this node's index. */
export async function audienceCount(ctx: AppContext, zoneIds: readonly string[]): Promise<number> {
  const node = nodes.get(ctx);
  if (!node) return (await watchersOf(ctx, zoneIds)).length;
  return (await node.current).count(zoneIds);
}
