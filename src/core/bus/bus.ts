/**
 * Publish/subscribe between modules and to live clients. Services publish after their transaction
 * commits. One node uses the in-process bus; several nodes use NATS JetStream (NATS_URL).
 */
export interface BusEvent<T = unknown> {
  subject: string;
  data: T;
}
export type Unsubscribe = () => void;

export interface Bus {
  publish<T>(subject: string, data: T): Promise<void>;
  /** `subject` may end in `.>` to receive everything below it. */
  subscribe<T>(subject: string, handler: (event: BusEvent<T>) => void): Unsubscribe;
  close(): Promise<void>;
}

export const subjectMatches = (pattern: string, subject: string) =>
  pattern === subject || (pattern.endsWith('.>') && subject.startsWith(pattern.slice(0, -1)));

export function createInProcessBus(): Bus {
  const handlers = new Set<{ pattern: string; handler: (event: BusEvent) => void }>();
  return {
    async publish(subject, data) {
      for (const h of [...handlers]) if (subjectMatches(h.pattern, subject)) h.handler({ subject, data });
    },
    subscribe(pattern, handler) {
      const entry = { pattern, handler: handler as (event: BusEvent) => void };
      handlers.add(entry);
      return () => handlers.delete(entry);
    },
    async close() {
      handlers.clear();
    },
  };
}
