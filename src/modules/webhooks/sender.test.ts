import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { postWebhook } from './sender';

/** postWebhook against a real local server: redirects, long answers, silence, refusal. */
let server: http.Server;
let base: string;
let redirectTargetHits = 0;
before(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    if (req.url === '/redirect') res.writeHead(307, { Location: '/target' }).end();
    else if (req.url === '/target') {
      redirectTargetHits += 1;
      res.end('target');
    } else if (req.url === '/long') res.end('aé'.repeat(2_000));
    else if (req.url === '/silent')
      return; // never answers
    else res.writeHead(201).end('created');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const send = (path: string, opts: { allowPrivate?: boolean; timeoutMs?: number } = {}) =>
  postWebhook(`${base}${path}`, '{}', { 'Content-Type': 'application/json' }, { allowPrivate: opts.allowPrivate ?? true, ...opts });

test('an answer is its status and the first 200 bytes at most', async () => {
  const ok = await send('/ok');
  assert.deepEqual({ ...ok, durationMs: 0 }, { statusCode: 201, errorClass: null, durationMs: 0, snippet: 'created' });
  const long = await send('/long');
  assert.equal(long.statusCode, 200);
  assert.ok(Buffer.byteLength(long.snippet) <= 200);
  assert.match(long.snippet, /^(aé)+a$/, 'a character cut in half at the limit is dropped');
});

test('redirects are reported, not followed', async () => {
  const redirected = await send('/redirect');
  assert.equal(redirected.statusCode, 307);
  assert.equal(redirectTargetHits, 0);
});

test('a receiver that never answers times out; a closed port is a connection error', async () => {
  assert.deepEqual(
    { ...(await send('/silent', { timeoutMs: 200 })), durationMs: 0 },
    { statusCode: null, errorClass: 'timeout', durationMs: 0, snippet: '' },
  );
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const refused = await postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, { allowPrivate: true });
  assert.equal(refused.errorClass, 'connection');
});

test('without the flag, neither a private literal nor a name resolving to one is connected to', async () => {
  assert.equal((await send('/ok', { allowPrivate: false })).errorClass, 'blocked_address');
  const byName = base.replace('127.0.0.1', 'localhost');
  assert.equal((await postWebhook(`${byName}/ok`, '{}', {}, { allowPrivate: false })).errorClass, 'blocked_address');
  assert.equal((await postWebhook(`${byName}/ok`, '{}', {}, { allowPrivate: true })).statusCode, 201);
  assert.equal(
    (await postWebhook('https://169.254.169.254/latest/meta-data', '{}', {}, { allowPrivate: true })).errorClass,
    'blocked_address',
  );
});
