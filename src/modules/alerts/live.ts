import type { Context } from 'hono';
import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { encodeSse, lastEventIdOf, openSse } from '../../core/http/sse';
import type { Stop } from '../../core/module';
import { getWatchedZones, ZONE_WATCH_CHANGED, type ZoneWatchChanged } from '../zones';
import type { LiveAlert, LiveExpired } from './contract';
import type { AlertBusEvent } from './events';
import { presentAlerts } from './present';
import { eventsAfter, findAlerts } from './repository';

/** One member's open stream. `mark` is the last broadcast it got, so a member in two target zones gets it once. */
interface Listener {
  memberId: string;
  zoneIds: readonly string[];
  mark: number;
  send(frame: string, eventId: string | null): void;
  close(): void;
}

/**
 * The live alerts of one node: connections by watched zone. Every node hears every alert event once
 * from the bus, encodes it once and writes the same frame to its members in the target zones.
 */
export class AlertHub {
  private readonly byZone = new Map<string, Set<Listener>>();
  private readonly byMember = new Map<string, Set<Listener>>();
  private mark = 0;

  add(listener: Listener) {
    for (const zoneId of listener.zoneIds) this.setFor(this.byZone, zoneId).add(listener);
    this.setFor(this.byMember, listener.memberId).add(listener);
  }

  remove(listener: Listener) {
    for (const zoneId of listener.zoneIds) this.byZone.get(zoneId)?.delete(listener);
    this.byMember.get(listener.memberId)?.delete(listener);
    if (!this.byMember.get(listener.memberId)?.size) this.byMember.delete(listener.memberId);
  }

  /** A member changed the zones they watch: their open streams follow. */
  rewatch(memberId: string, zoneIds: readonly string[]) {
    for (const listener of [...(this.byMember.get(memberId) ?? [])]) {
      this.remove(listener);
      listener.zoneIds = [...zoneIds];
      this.add(listener);
    }
  }

  /** Ends every stream (the node is stopping); browsers reconnect, to another node or this one restarted. */
  closeAll() {
    for (const listeners of [...this.byMember.values()]) for (const listener of [...listeners]) listener.close();
  }

  /** Writes the frame to every stream watching any of the zones; returns how many. */
  deliver(zoneIds: readonly string[], frame: string, eventId: string | null): number {
    const mark = ++this.mark;
    let sent = 0;
    for (const zoneId of zoneIds) {
      for (const listener of this.byZone.get(zoneId) ?? []) {
        if (listener.mark === mark) continue;
        listener.mark = mark;
        listener.send(frame, eventId);
        sent++;
      }
    }
    return sent;
  }

  private setFor(map: Map<string, Set<Listener>>, key: string) {
    const set = map.get(key) ?? new Set<Listener>();
    map.set(key, set);
    return set;
  }
}

const hubs = new WeakMap<AppContext, AlertHub>();

/** The frame members get for an event, or null for what must not reach them (an alert never sent). */
export function frameOf(event: AlertBusEvent): string | null {
  if (event.alert.sentAt === null || event.kind === 'awaiting') return null;
  if (event.kind === 'expired') return encodeSse({ event: 'expired', data: { id: event.alert.id } satisfies LiveExpired });
  return encodeSse({ id: event.eventId ?? undefined, event: 'alert', data: { kind: event.kind, alert: event.alert } satisfies LiveAlert });
}

/** One bus subscription per node for every alert event; live streams are served from it. */
export function startLiveAlerts(ctx: AppContext): Stop {
  const hub = new AlertHub();
  hubs.set(ctx, hub);
  const stops = [
    ctx.bus.subscribe<AlertBusEvent>('alert.>', ({ data }) => {
      const frame = frameOf(data);
      if (frame)
        hub.deliver(
          data.alert.zones.map((z) => z.id),
          frame,
          data.eventId,
        );
    }),
    ctx.bus.subscribe<ZoneWatchChanged>(ZONE_WATCH_CHANGED, ({ data }) => hub.rewatch(data.memberId, data.zoneIds)),
  ];
  return () => {
    for (const stop of stops) stop();
    hubs.delete(ctx);
    hub.closeAll();
  };
}

const REPLAY_LIMIT = 500;

/** Frames of the events a reconnecting member missed, oldest first; the last id replayed. */
async function missedFrames(ctx: AppContext, zoneIds: readonly string[], afterId: string) {
  const rows = await eventsAfter(ctx.db, zoneIds, afterId, ctx.clock.now(), REPLAY_LIMIT);
  const alerts = new Map(
    (
      await presentAlerts(
        ctx,
        await findAlerts(
          ctx.db,
          rows.map((r) => r.alertId),
        ),
      )
    ).map((a) => [a.id, a]),
  );
  const frames = rows.flatMap((r) => {
    const alert = alerts.get(r.alertId);
    return alert ? [encodeSse({ id: r.id, event: 'alert', data: { kind: r.kind, alert } satisfies LiveAlert })] : [];
  });
  return { frames, lastId: rows.at(-1)?.id ?? afterId };
}

/** Event ids are UUIDv7 text; anything else a client sends back is ignored. */
const resumeIdOf = (c: Context) => {
  const id = lastEventIdOf(c);
  return id && /^[0-9a-f-]{36}$/.test(id) ? id : null;
};

/**
 * A member's live alerts. Their watched zones are read now and follow zone-watch events. With
 * Last-Event-ID, what they missed is replayed first; live events arriving meanwhile wait and are
 * sent after it, without repeating any the replay already held.
 */
export async function openAlertStream(ctx: AppContext, c: Context, memberId: string): Promise<Response> {
  // A client that cannot read an event stream would wait on this response forever.
  if (!c.req.header('accept')?.includes('text/event-stream'))
    throw new AppError(406, 'not_acceptable', 'This is an event stream: send Accept: text/event-stream.');
  const hub = hubs.get(ctx);
  if (!hub) throw new Error('The alerts module was not started: no live hub on this node.');
  const resumeFrom = resumeIdOf(c);
  const zoneIds = (await getWatchedZones(ctx, memberId)).zoneIds;
  return openSse(c, async (conn) => {
    let waiting: { frame: string; eventId: string | null }[] | null = resumeFrom ? [] : null;
    const listener: Listener = {
      memberId,
      zoneIds,
      mark: 0,
      send: (frame, eventId) => (waiting ? waiting.push({ frame, eventId }) : conn.write(frame)),
      close: () => conn.close(),
    };
    hub.add(listener);
    if (resumeFrom) {
      try {
        const missed = await missedFrames(ctx, listener.zoneIds, resumeFrom);
        for (const frame of missed.frames) conn.write(frame);
        for (const e of waiting ?? []) if (!e.eventId || e.eventId > missed.lastId) conn.write(e.frame);
      } catch (err) {
        ctx.log.error('alert replay failed', { err: String(err) });
        conn.close();
      }
      waiting = null;
    }
    return () => hub.remove(listener);
  });
}
