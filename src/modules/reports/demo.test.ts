import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { modules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp({ WHISTLE_DEMO: '1' });
});
after(() => t.close());

test('the demo network has two unverified sightings that suggest each other, watchers and a responder on duty', async () => {
  for (const mod of modules) await mod.seedDemo?.(t.ctx);
  for (const mod of modules) await mod.seedDemo?.(t.ctx);
  const reports = await t.db.selectFrom('report').select(['id', 'state']).execute();
  assert.equal(reports.length, 2, 'seeding twice adds nothing');
  assert.ok(reports.every((r) => r.state === 'new'));
  const watches = await t.db.selectFrom('zoneWatch').select('memberId').execute();
  assert.equal(new Set(watches.map((w) => w.memberId)).size, 4);
  const duty = await t.db.selectFrom('responderDuty').select('zoneId').execute();
  assert.equal(duty.length, 2);
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const queue = (await (await t.call('GET', '/api/reports/queue', { cookie: dispatcher.cookie })).json()) as {
    reports: { duplicates: unknown[] }[];
  };
  assert.ok(
    queue.reports.every((r) => r.duplicates.length === 1),
    JSON.stringify(queue),
  );
});
