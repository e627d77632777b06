import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { openReportStreams } from './live';
import { sampleReport, zoneIdOf } from './test-helpers';

let t: TestApp;
let zoneId: string;
before(async () => {
  t = await createTestApp();
  zoneId = await zoneIdOf(t);
});
after(() => t.close());

const EVENT_STREAM = { accept: 'text/event-stream' };

/** Reads the stream until `want` has arrived; returns everything read. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, want: RegExp): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!want.test(text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before ${want}: ${text}`);
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

test('the staff stream tells of a filed report and of its change, by id only', async () => {
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const verifier = await t.signIn({ roles: ['verifier'] });
  const res = await t.call('GET', '/api/reports/live', { cookie: dispatcher.cookie, headers: EVENT_STREAM });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  await readUntil(reader, /: open\n\n/);

  const filed = await t.call('POST', '/api/reports', {
    body: sampleReport(zoneId, t, { callback: { phone: '612 555 0199', consent: true } }),
  });
  const { id } = (await filed.json()) as { id: string };
  const first = await readUntil(reader, /event: filed\ndata: .*\n\n/);
  assert.match(first, new RegExp(`event: filed\\ndata: \\{"reportId":"${id}"\\}\\n\\n`));
  assert.ok(!first.includes('555') && !first.includes('POLICE'), 'events carry no content');

  await t.call('POST', `/api/reports/${id}/verifying`, { cookie: verifier.cookie });
  const second = await readUntil(reader, /event: changed\ndata: .*\n\n/);
  assert.match(second, new RegExp(`event: changed\\ndata: \\{"reportId":"${id}"\\}\\n\\n`));
  await reader.cancel();
});

test('the stream is for dispatchers and verifiers, and only for clients that read event streams', async () => {
  const member = await t.signIn({ roles: ['responder'] });
  assert.equal((await t.call('GET', '/api/reports/live', { cookie: member.cookie, headers: EVENT_STREAM })).status, 403);
  assert.equal((await t.call('GET', '/api/reports/live', { headers: EVENT_STREAM })).status, 401);
  const verifier = await t.signIn({ roles: ['verifier'] });
  const plain = await t.call('GET', '/api/reports/live', { cookie: verifier.cookie });
  assert.equal(plain.status, 406);
  assert.equal(((await plain.json()) as { error: { code: string } }).error.code, 'not_acceptable');
});

test('every open stream gets each event, and a closed stream is let go', async () => {
  const verifier = await t.signIn({ roles: ['verifier'] });
  const before = openReportStreams(t.ctx);
  const open = async () => {
    const res = await t.call('GET', '/api/reports/live', { cookie: verifier.cookie, headers: EVENT_STREAM });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await readUntil(reader, /: open\n\n/);
    return reader;
  };
  const [a, b] = [await open(), await open()];
  assert.equal(openReportStreams(t.ctx), before + 2);
  const filed = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t) });
  const { id } = (await filed.json()) as { id: string };
  for (const reader of [a, b]) assert.match(await readUntil(reader, new RegExp(id)), /event: filed/);
  await a.cancel();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(openReportStreams(t.ctx), before + 1);
  await b.cancel();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(openReportStreams(t.ctx), before);
});
