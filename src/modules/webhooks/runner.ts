import type { AppContext } from '../../context';
import { claimAndSend } from './outbox';
import { listDueDeliveryIds } from './repository';

const BATCH = 50;
/** Sends at once per node: one slow receiver does not hold up the others. */
const PARALLEL = 8;
/** Bounds one run, so a run always ends (a zero-jitter retry is due again at once). */
const MAX_BATCHES = 20;

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function deliverDueOnce(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const ids = await listDueDeliveryIds(ctx.db, ctx.clock.now(), BATCH);
    await inParallel(ids, PARALLEL, async (id) => {
      if (await claimAndSend(ctx, id, false)) sent += 1;
    });
    if (ids.length < BATCH) break;
  }
  return sent;
}

/** The run in progress on this node, and at most one waiting to start after it. */
interface Runs {
  running: Promise<number> | null;
  queued: Promise<number> | null;
}
const runsByNode = new WeakMap<AppContext, Runs>();

function begin(ctx: AppContext, runs: Runs): Promise<number> {
  const run: Promise<number> = deliverDueOnce(ctx).finally(() => {
    if (runs.running === run) runs.running = null;
  });
  runs.running = run;
  return run;
}

/**
 * Sends every delivery that is due as of ctx.clock.now() (the timer's tick; also started when an
 * event is queued). One run at a time per node: a call during a run waits for it and then runs once
 * more, and calls while one is already waiting share that one. Across nodes, claims keep each attempt
 * to one sender. Resolves with how many attempts this run made.
 */
export function deliverDueWebhooks(ctx: AppContext): Promise<number> {
  let runs = runsByNode.get(ctx);
  if (!runs) {
    runs = { running: null, queued: null };
    runsByNode.set(ctx, runs);
  }
  const current = runs;
  if (current.queued) return current.queued;
  if (!current.running) return begin(ctx, current);
  const startNext = () => {
    current.queued = null;
    return begin(ctx, current);
  };
  current.queued = current.running.then(startNext, startNext);
  return current.queued;
}

/** For shutting down: waits until no run is in progress or waiting on this node. */
export async function deliveryRunsSettled(ctx: AppContext): Promise<void> {
  const runs = runsByNode.get(ctx);
  while (runs && (runs.running || runs.queued)) await Promise.allSettled([runs.running, runs.queued]);
}
