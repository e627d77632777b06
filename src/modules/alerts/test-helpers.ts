import assert from 'node:assert/strict';
import type { TestApp, TestMemberOptions } from '../../test-support/test-app';
import type { Alert } from './contract';

export type Member = { id: string; cookie: string };

/** A member who watches these zones, set through the API as a member would. */
export async function watcher(t: TestApp, zoneIds: string[], opts: TestMemberOptions = {}): Promise<Member> {
  const member = await t.signIn(opts);
  const res = await t.call('PUT', '/api/me/zones', { cookie: member.cookie, body: { zoneIds } });
  assert.equal(res.status, 200, await res.clone().text());
  return member;
}

export async function watchers(t: TestApp, zoneId: string, count: number): Promise<Member[]> {
  const made: Member[] = [];
  for (let i = 0; i < count; i++) made.push(await watcher(t, [zoneId]));
  return made;
}

export const alertInput = (reportId: string, over: Record<string, unknown> = {}) => ({
  reportId,
  targets: { neighbourZoneIds: [] },
  ...over,
});

export async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  return JSON.parse(text) as T;
}

/** Sends an alert as `verifier` and expects `status` (201 by default). */
export async function sendAlert(t: TestApp, verifier: Member, reportId: string, over: Record<string, unknown> = {}) {
  return json<Alert>(await t.call('POST', '/api/alerts', { cookie: verifier.cookie, body: alertInput(reportId, over) }), 201);
}

export const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;

export async function myAlerts(t: TestApp, member: Member): Promise<Alert[]> {
  return (await json<{ alerts: Alert[] }>(await t.call('GET', '/api/alerts', { cookie: member.cookie }), 200)).alerts;
}

export interface SseEvent {
  id?: string;
  event: string;
  data: unknown;
}

export function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.split('\n').some((l) => l.startsWith('event:')))
    .map((block) => {
      const field = (name: string) =>
        block
          .split('\n')
          .filter((l) => l.startsWith(`${name}: `))
          .map((l) => l.slice(name.length + 2));
      return { id: field('id')[0], event: field('event')[0], data: JSON.parse(field('data').join('\n')) };
    });
}

/**
 * A member's live stream, in-process. In-process publishing awaits the hub, so once a request that
 * publishes has answered, its frames are already queued: `received` takes what is queued, without waiting.
 */
export async function openLive(t: TestApp, member: Member, lastEventId?: string) {
  const headers: Record<string, string> = { accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) };
  const res = await t.call('GET', '/api/alerts/live', { cookie: member.cookie, headers });
  assert.equal(res.status, 200);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  const queuedNow = () => new Promise<null>((resolve) => setImmediate(() => resolve(null)));
  return {
    async received(): Promise<SseEvent[]> {
      let text = '';
      for (;;) {
        pending ??= reader.read();
        const chunk = await Promise.race([pending, queuedNow()]);
        if (!chunk || chunk.done) break;
        pending = null;
        text += decoder.decode(chunk.value, { stream: true });
      }
      return parseSse(text);
    },
    close: () => reader.cancel(),
  };
}
