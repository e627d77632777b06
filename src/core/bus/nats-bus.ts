import { connect, DeliverPolicy, JSONCodec, nanos } from 'nats';
import type { Logger } from '../log';
import type { Bus, BusHandler, Unsubscribe } from './bus';

// One filter subject per consumer: nats-server 2.9 (Debian bookworm) has no multi-filter consumers.
const STREAM = 'WHISTLE';
const PREFIX = 'whistle.';

/**
 * The bus across several nodes: events go through a JetStream stream, so a publish is acknowledged
 * by the server, and every node receives every event from the moment it subscribes.
 */
export async function createNatsBus(url: string, opts: { stream?: string; maxAgeHours?: number; log?: Logger } = {}): Promise<Bus> {
  const stream = opts.stream ?? STREAM;
  const nc = await connect({ servers: url, name: 'whistle' });
  const jsm = await nc.jetstreamManager();
  const subjects = [`${PREFIX}>`];
  try {
    await jsm.streams.info(stream);
  } catch {
    // Events are for live delivery, not a record: keep them only briefly.
    await jsm.streams.add({ name: stream, subjects, max_age: nanos((opts.maxAgeHours ?? 24) * 3_600_000) });
  }
  const js = nc.jetstream();
  const codec = JSONCodec();
  const stops = new Set<() => void>();

  return {
    async publish(subject, data) {
      await js.publish(`${PREFIX}${subject}`, codec.encode(data));
    },
    subscribe<T>(pattern: string, handler: BusHandler<T>): Unsubscribe {
      let stopped = false;
      let stopConsumer: (() => void) | undefined;
      const ready = (async () => {
        const consumer = await js.consumers.get(stream, { filterSubjects: `${PREFIX}${pattern}`, deliver_policy: DeliverPolicy.New });
        const messages = await consumer.consume();
        stopConsumer = () => void messages.close();
        if (stopped) stopConsumer();
        for await (const m of messages) {
          try {
            await handler({ subject: m.subject.slice(PREFIX.length), data: codec.decode(m.data) as T });
          } catch (err) {
            opts.log?.error('bus handler failed', { subject: m.subject, err: String(err) });
          }
        }
      })();
      ready.catch((err) => opts.log?.error('bus subscription failed', { pattern, err: String(err) }));
      const stop = () => {
        stopped = true;
        stopConsumer?.();
        stops.delete(stop);
      };
      stops.add(stop);
      return stop;
    },
    async close() {
      for (const stop of [...stops]) stop();
      await nc.drain();
    },
  };
}
