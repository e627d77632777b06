/**
 * Publish/subscribe between modules and to live clients. Services publish after their transaction
 * commits. One node uses the in-process bus; several nodes use NATS JetStream (NATS_URL).
 */
export interface BusEvent<T = unknown> {
  subject: string;
  data: T;
}
export type Unsubscribe = () => void;

export type BusHandler<T> = (event: BusEvent<T>) => void | Promise<void>;

export interface Bus {
  /**
   * In-process, resolves once every handler has finished (so a request that publishes answers after
   * its consequences exist); over NATS, once the stream has stored the event. Handlers must be
   * idempotent: with several nodes, every node receives every event.
   */
  publish<T>(subject: string, data: T): Promise<void>;
  /** `subject` may end in `.>` to receive everything below it. */
  subscribe<T>(subject: string, handler: BusHandler<T>): Unsubscribe;
  close(): Promise<void>;
}

export const subjectMatches = (pattern: string, subject: string) =>
  pattern === subject || (pattern.endsWith('.>') && subject.startsWith(pattern.slice(0, -1)));

export function createInProcessBus(onError: (subject: string, err: unknown) => void = () => {}): Bus {
  const handlers = new Set<{ pattern: string; handler: BusHandler<unknown> }>();
  return {
    async publish(subject, data) {
      const running = [...handlers].filter((h) => subjectMatches(h.pattern, subject)).map(async (h) => h.handler({ subject, data }));
      // A failing subscriber must not fail the publisher, whose own write has already committed.
      for (const result of await Promise.allSettled(running)) if (result.status === 'rejected') onError(subject, result.reason);
    },
    subscribe(pattern, handler) {
      const entry = { pattern, handler: handler as BusHandler<unknown> };
      handlers.add(entry);
      return () => handlers.delete(entry);
    },
    async close() {
      handlers.clear();
    },
  };
}
