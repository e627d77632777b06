import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSession } from '../modules/members';
import { retentionRules } from '../server';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { DAY } from './clock';
import { loadConfig } from './config';
import { purgeExpired } from './retention';

// R-RET-1: every kind of record has a retention period in config, and the purge deletes what outlived it.
let t: TestApp;
before(async () => {
  t = await createTestApp({ RETENTION_DAYS: '{"session":10,"invite":5}' });
});
after(() => t.close());

test('every retention rule has a configured period', () => {
  const config = loadConfig({});
  for (const rule of retentionRules) assert.ok(config.retentionDays[rule.kind] !== undefined, rule.kind);
  assert.equal(t.config.retentionDays.session, 10);
  assert.equal(t.config.retentionDays.challenge, 1, 'defaults stay for kinds not overridden');
});

test('the purge deletes expired records past their period and keeps the rest and the audit log', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const m = await t.signIn();
  const old = await startSession(t.ctx, m.id); // expires in 30 days
  await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: { expiresInHours: 1 } });
  await t.call('POST', '/api/auth/login/options');
  const auditBefore = (await t.db.selectFrom('auditLog').select('id').execute()).length;

  t.clock.advance(30 * DAY + 9 * DAY); // the old sessions ended 9 days ago: within 10 days, kept
  let results = await purgeExpired(t.db, retentionRules, t.config, t.clock.now());
  assert.equal(results.find((r) => r.kind === 'session')?.deleted, 0);
  assert.equal(results.find((r) => r.kind === 'invite')?.deleted, 1);
  assert.equal(results.find((r) => r.kind === 'challenge')?.deleted, 1);

  const fresh = await startSession(t.ctx, m.id);
  t.clock.advance(2 * DAY); // now 11 days past the first sessions' end
  results = await purgeExpired(t.db, retentionRules, t.config, t.clock.now());
  assert.ok((results.find((r) => r.kind === 'session')?.deleted ?? 0) >= 3);
  const left = await t.db.selectFrom('session').select(['expiresAt']).execute();
  assert.deepEqual(left, [{ expiresAt: fresh.expiresAt }], 'only the session that is still live remains');
  assert.ok(old.expiresAt < t.clock.now());
  assert.equal((await t.db.selectFrom('auditLog').select('id').execute()).length, auditBefore);
});

test('a period of 0 keeps records forever', async () => {
  const results = await purgeExpired(
    t.db,
    retentionRules,
    { ...t.config, retentionDays: { ...t.config.retentionDays, session: 0 } },
    t.clock.now() + 1000 * DAY,
  );
  assert.equal(
    results.find((r) => r.kind === 'session'),
    undefined,
  );
});
