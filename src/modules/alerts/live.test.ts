import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport, zoneIdOf } from '../reports/test-helpers';
import type { LiveAlert } from './contract';
import { json, parseSse, type SseEvent, sendAlert, watcher } from './test-helpers';

/** Live alerts over a real TCP socket: the server writes frames straight to Node's response, as in production. */
let t: TestApp;
let server: ReturnType<typeof serve>;
let base: string;
before(async () => {
  t = await createTestApp();
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  (server as unknown as { closeAllConnections(): void }).closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** A member's stream from a real connection; `next` waits for the next event up to a deadline. */
async function connect(cookie: string, lastEventId?: string) {
  const abort = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) };
  const res = await fetch(`${base}/api/alerts/live`, { headers, signal: abort.signal });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const ready: SseEvent[] = [];
  return {
    async next(deadlineMs = 2000): Promise<SseEvent> {
      const deadline = Date.now() + deadlineMs;
      while (!ready.length) {
        const left = deadline - Date.now();
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no event within ${deadlineMs} ms`)), Math.max(0, left));
        });
        const chunk = await Promise.race([reader.read(), late]).finally(() => clearTimeout(timer));
        if (chunk.done) throw new Error('the stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
        const cut = buffer.lastIndexOf('\n\n');
        if (cut >= 0) {
          ready.push(...parseSse(buffer.slice(0, cut + 2)));
          buffer = buffer.slice(cut + 2);
        }
      }
      return ready.shift() as SseEvent;
    },
    close: () => abort.abort(),
  };
}

const kindOf = (e: SseEvent) => (e.data as LiveAlert).kind;

test('a watcher gets the alert live within 2 s; a member of another zone does not', async () => {
  const zoneA = await zoneIdOf(t, 'seward');
  const zoneB = await zoneIdOf(t, 'kenwood');
  const inA = await watcher(t, [zoneA]);
  const inB = await watcher(t, [zoneB]);
  const [streamA, streamB] = [await connect(inA.cookie), await connect(inB.cookie)];

  const report = await confirmedReport(t, { slug: 'seward' });
  const clicked = Date.now();
  const alert = await sendAlert(t, report.verifier, report.id);
  const got = await streamA.next(2000);
  assert.ok(Date.now() - clicked < 2000);
  assert.equal(got.event, 'alert');
  assert.equal(kindOf(got), 'sent');
  assert.equal((got.data as LiveAlert).alert.id, alert.id);
  assert.equal(got.id, alert.events[0].id);

  // The Kenwood member's first event is an alert for Kenwood: the Seward one never reached them.
  const other = await confirmedReport(t, { slug: 'kenwood' });
  const kenwood = await sendAlert(t, other.verifier, other.id);
  const first = await streamB.next(2000);
  assert.equal((first.data as LiveAlert).alert.id, kenwood.id);
  streamA.close();
  streamB.close();
});

test('reconnecting with Last-Event-ID replays what was missed, in order, then carries on live', async () => {
  const report = await confirmedReport(t, { slug: 'cooper' });
  const member = await watcher(t, [report.zoneId]);
  const first = await connect(member.cookie);
  const alert = await sendAlert(t, report.verifier, report.id);
  const seen = await first.next();
  first.close();

  const path = `/api/alerts/${alert.id}/updates`;
  const post = (body: unknown) => t.call('POST', path, { cookie: report.verifier.cookie, body });
  await json(await post({ kind: 'still_active' }), 200);
  await json(await post({ kind: 'left_area' }), 200);
  // An alert elsewhere, meanwhile, is not replayed to this member.
  const elsewhere = await confirmedReport(t, { slug: 'bryant' });
  await sendAlert(t, elsewhere.verifier, elsewhere.id);

  const again = await connect(member.cookie, seen.id);
  const replayed = [await again.next(), await again.next()];
  assert.deepEqual(replayed.map(kindOf), ['still_active', 'left_area']);
  assert.ok((replayed[0].id as string) > (seen.id as string) && (replayed[1].id as string) > (replayed[0].id as string));
  assert.ok(replayed.every((e) => (e.data as LiveAlert).alert.id === alert.id));
  await json(await t.call('POST', `/api/alerts/${alert.id}/all-clear`, { cookie: report.verifier.cookie, body: {} }), 200);
  assert.equal(kindOf(await again.next()), 'all_clear');
  again.close();

  const afterEnd = await connect(member.cookie, replayed[1].id);
  assert.equal(kindOf(await afterEnd.next()), 'all_clear', 'an ended alert’s last word is replayed until it expires');
  afterEnd.close();
});

test('a client that does not ask for an event stream is told so instead of waiting forever', async () => {
  const member = await watcher(t, []);
  const res = await fetch(`${base}/api/alerts/live`, { headers: { cookie: member.cookie } });
  assert.equal(res.status, 406);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_acceptable');
  assert.equal((await fetch(`${base}/api/alerts/live`, { headers: { accept: 'text/event-stream' } })).status, 401);
});
