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
    nextCursor: string;
  };
  assert.equal(page.entries.length, 2);
  assert.ok(page.entries[0].at >= page.entries[1].at);
  assert.equal(page.entries[0].memberId, organiser.id);
  assert.equal(page.entries[0].roles, 'member,organiser');
  const next = (await (await t.call('GET', `/api/audit?limit=2&cursor=${page.nextCursor}`, { cookie: admin.cookie })).json()) as {
    entries: { at: number }[];
  };
  assert.ok(next.entries.every((e) => e.at <= page.entries[1].at));
  assert.equal((await t.call('GET', '/api/audit', { cookie: organiser.cookie })).status, 403);
  assert.equal((await t.call('GET', '/api/audit?limit=5000', { cookie: admin.cookie })).status, 400);
});

test('paging never skips or repeats entries, even when many share a millisecond', async () => {
  const admin = await t.signIn({ roles: ['admin'] });
  const organiser = await t.signIn({ roles: ['organiser'] });
  for (let i = 0; i < 7; i++) await t.call('POST', '/api/invites', { cookie: organiser.cookie, body: {} });
  const all = await t.db.selectFrom('auditLog').select('id').execute();
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
    const page = (await (await t.call('GET', url, { cookie: admin.cookie })).json()) as {
      entries: { id: string }[];
      nextCursor: string | null;
    };
    seen.push(...page.entries.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(new Set(seen).size, seen.length, 'no entry twice');
  assert.deepEqual([...seen].sort(), all.map((e) => e.id).sort(), 'every entry once');
  assert.equal((await t.call('GET', '/api/audit?cursor=nonsense', { cookie: admin.cookie })).status, 400);
});
