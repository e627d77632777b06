import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('the audit log is append-only: the database refuses updates and deletes', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} });
  const before = await t.db.selectFrom('auditLog').selectAll().execute();
  assert.ok(before.length > 0);
  await assert.rejects(t.db.updateTable('auditLog').set({ action: 'tampered' }).execute(), /append-only/);
  await assert.rejects(t.db.deleteFrom('auditLog').execute(), /append-only/);
  await assert.rejects(sql`delete from audit_log`.execute(t.db), /append-only/);
  assert.deepEqual(await t.db.selectFrom('auditLog').selectAll().execute(), before);
});

test('admins read the audit log newest first, with paging; others may not', async () => {
  const admin = await t.signIn({ roles: ['admin'] });
  const organiser = await t.signIn({ roles: ['organiser'] });
  for (let i = 0; i < 3; i++) {
    t.clock.advance(1000);
    await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} });
  }
  const page = (await (await t.call('GET', '/api/audit?limit=2', { cookie: admin.cookie })).json()) as {
    entries: { at: number; action: string; memberId: string; roles: string }[];
    nextBefore: number;
  };
  assert.equal(page.entries.length, 2);
  assert.ok(page.entries[0].at >= page.entries[1].at);
  assert.equal(page.entries[0].memberId, organiser.id);
  assert.equal(page.entries[0].roles, 'member,organiser');
  const next = (await (await t.call('GET', `/api/audit?limit=2&before=${page.nextBefore}`, { cookie: admin.cookie })).json()) as {
    entries: { at: number }[];
  };
  assert.ok(next.entries.every((e) => e.at < page.nextBefore));
  assert.equal((await t.call('GET', '/api/audit', { cookie: organiser.cookie })).status, 403);
  assert.equal((await t.call('GET', '/api/audit?limit=5000', { cookie: admin.cookie })).status, 400);
});
