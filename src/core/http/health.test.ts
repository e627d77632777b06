import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('health reports ok and which database answers', async () => {
  const res = await t.call('GET', '/api/health');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'sqlite' });
});

test('the OpenAPI document lists every route with its access rule', async () => {
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  assert.ok(doc.paths['/api/health'].get['x-whistle-access']);
  const docs = await t.call('GET', '/api/docs');
  assert.equal(docs.status, 200);
  assert.match(await docs.text(), /\/api\/health/);
});

test('unknown API routes and malformed JSON get a JSON error, not a crash', async () => {
  const missing = await t.call('GET', '/api/nope');
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
  const bad = await t.call('POST', '/api/invites/lookup', { body: '{not json' });
  assert.equal(bad.status, 400);
  const body = (await bad.json()) as { error: { code: string } };
  assert.equal(body.error.code, 'invalid_json');
});

test('an oversized body is refused with 413 before it is read', async () => {
  const res = await t.call('POST', '/api/invites/lookup', { body: JSON.stringify({ token: 'x'.repeat(300 * 1024) }) });
  assert.equal(res.status, 413);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'too_large');
});
