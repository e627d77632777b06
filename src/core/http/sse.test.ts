import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { encodeSse, openSse } from './sse';

test('an event is framed with its id, name and JSON data', () => {
  assert.equal(encodeSse({ id: '7', event: 'alert', data: { a: 'x\ny' } }), 'id: 7\nevent: alert\ndata: {"a":"x\\ny"}\n\n');
  assert.equal(encodeSse({ event: 'ping', data: 1 }), 'event: ping\ndata: 1\n\n');
});

test('an in-process stream delivers what is written and runs the stop function when cancelled', async () => {
  let stopped = false;
  const app = new Hono().get('/live', (c) =>
    openSse(c, (conn) => {
      conn.write(encodeSse({ id: '1', event: 'hello', data: { n: 1 } }));
      return () => {
        stopped = true;
      };
    }),
  );
  const res = await app.request('/live');
  assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  while (!text.includes('\n\nid: 1')) text += new TextDecoder().decode((await reader.read()).value);
  while (!text.endsWith('\n\n') || !text.includes('hello')) text += new TextDecoder().decode((await reader.read()).value);
  assert.match(text, /id: 1\nevent: hello\ndata: \{"n":1\}\n\n/);
  await reader.cancel();
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(stopped);
});
