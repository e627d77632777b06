import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { encodeSse, openSse, type SseConnection } from '../../core/http/sse';
import type { Stop } from '../../core/module';
import { REPORT_CHANGED, REPORT_FILED } from './service';

/** What staff screens hear: which report was filed or changed. They fetch what they may see. */
const EVENTS = { [REPORT_FILED]: 'filed', [REPORT_CHANGED]: 'changed' } as const;

/** The open staff streams of each running node (one context per node; tests make several). */
const streams = new WeakMap<AppContext, Set<SseConnection>>();

/**
 * Listens to the bus once per node and writes each event, encoded once, to every open staff stream.
 * Started with the module; its route answers 503 on a node where it is not running.
 */
export function startReportsLive(ctx: AppContext): Stop {
  const open = new Set<SseConnection>();
  streams.set(ctx, open);
  const stops = Object.entries(EVENTS).map(([subject, event]) =>
    ctx.bus.subscribe<{ reportId: string }>(subject, (e) => {
      const frame = encodeSse({ event, data: { reportId: e.data.reportId } });
      for (const conn of open) conn.write(frame);
    }),
  );
  return () => {
    for (const stop of stops) stop();
    for (const conn of open) conn.close();
    streams.delete(ctx);
  };
}

/** How many staff streams are open on this node. */
export const openReportStreams = (ctx: AppContext) => streams.get(ctx)?.size ?? 0;

/**
 * The staff stream of report events. Events carry ids only, so nothing private travels in them and
 * a missed event costs nothing: on reconnect the client simply fetches the queue again.
 */
export function reportsLiveStream(ctx: AppContext, c: Context): Response {
  // A client that cannot read an event stream would wait on this response forever.
  if (!c.req.header('accept')?.includes('text/event-stream'))
    throw new AppError(406, 'not_acceptable', 'This is an event stream: send Accept: text/event-stream.');
  const open = streams.get(ctx);
  if (!open) throw new AppError(503, 'live_unavailable', 'Live updates are not running on this server.');
  return openSse(c, (conn) => {
    open.add(conn);
    return () => open.delete(conn);
  });
}
