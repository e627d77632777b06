import { startPushServiceDouble } from '../../src/modules/push/test-support/push-service-double';

/**
 * The push-service double as its own process (child_process.fork), so that checking JWTs and
 * decrypting bodies does not share an event loop with the sender being measured.
 * Messages from the parent: {subscribe: n, key} → {subscriptions}; {counts} → {counts}.
 */

export type DoubleRequest = { subscribe: number; key: string } | { counts: true };

const double = await startPushServiceDouble({ keep: false });
const send = (message: unknown) => process.send?.(message);

process.on('message', (message: DoubleRequest) => {
  if ('subscribe' in message) {
    send({ subscriptions: Array.from({ length: message.subscribe }, () => double.subscribe(message.key)) });
  } else {
    send({ counts: { ...double.counts, cpu: process.cpuUsage() } });
  }
});
// When the benchmark ends or dies, so does the double.
process.on('disconnect', () => void double.close().then(() => process.exit(0)));
send({ ready: { origin: double.origin, ca: double.ca } });
