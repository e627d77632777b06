import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { familiesRetention } from './retention';
import { type Member, openCase } from './test-helpers';

/** R-RET-1: a case goes family_case days after it was closed, with its needs, notes and assignments — exactly. */
let t: TestApp;
let grace: Member;
before(async () => {
  t = await createTestApp({ RETENTION_DAYS: '{"family_case":90}' });
  grace = await t.signIn({ roles: ['caseworker'] });
});
after(() => t.close());

const rowsOf = async (caseId: string) => ({
  case: (await t.db.selectFrom('familyCase').select('id').where('id', '=', caseId).execute()).length,
  needs: (await t.db.selectFrom('familyNeed').select('id').where('caseId', '=', caseId).execute()).length,
  notes: (await t.db.selectFrom('familyNote').select('id').where('caseId', '=', caseId).execute()).length,
  assignments: (await t.db.selectFrom('familyAssignment').select('memberId').where('caseId', '=', caseId).execute()).length,
});

async function caseWithEverything(reasonAfterDays: number | null) {
  const id = await openCase(t, grace);
  await t.call('POST', `/api/cases/${id}/notes`, { cookie: grace.cookie, body: { body: 'A note' } });
  if (reasonAfterDays !== null) {
    t.clock.advance(reasonAfterDays * DAY);
    await t.call('POST', `/api/cases/${id}/close`, { cookie: grace.cookie, body: { reason: 'Done' } });
  }
  return id;
}

const purge = async (now: number) =>
  (await purgeExpired(t.db, familiesRetention, t.config, now)).find((r) => r.kind === 'family_case')?.deleted;

test('a closed case is purged with its needs, notes and assignments 90 days after closing; nothing else goes', async () => {
  const open = await caseWithEverything(null);
  const first = await caseWithEverything(1);
  const firstClosedAt = t.clock.now();
  const second = await caseWithEverything(10);
  const full = { case: 1, needs: 2, notes: 1, assignments: 1 };
  const auditBefore = (await t.db.selectFrom('auditLog').select('id').execute()).length;

  assert.equal(await purge(firstClosedAt + 90 * DAY), 0, 'exactly 90 days after closing: still kept');
  assert.equal(await purge(firstClosedAt + 90 * DAY + 1), 1);
  assert.deepEqual(await rowsOf(first), { case: 0, needs: 0, notes: 0, assignments: 0 });
  assert.deepEqual(await rowsOf(second), full);
  assert.deepEqual(await rowsOf(open), full);

  assert.equal(await purge(t.clock.now() + 1000 * DAY), 1, 'an open case is never purged, however old');
  assert.deepEqual(await rowsOf(second), { case: 0, needs: 0, notes: 0, assignments: 0 });
  assert.deepEqual(await rowsOf(open), full);
  assert.equal((await t.db.selectFrom('auditLog').select('id').execute()).length, auditBefore, 'the audit log stays');
  assert.ok(
    retentionRules.some((r) => r.kind === 'family_case'),
    'the server runs this rule',
  );
});

/** Tables other than this module's that point at a case, and what deleting the case does to them. */
async function foreignKeysToCases(): Promise<{ table: string; onDelete: string }[]> {
  if (t.ctx.dialect === 'postgres') {
    const { rows } = await sql<{ table: string; rule: string }>`
      select conrelid::regclass::text as "table", confdeltype as rule from pg_constraint
      where contype = 'f' and confrelid = 'family_case'::regclass`.execute(t.db);
    const rules: Record<string, string> = { n: 'SET NULL', c: 'CASCADE', a: 'NO ACTION', r: 'RESTRICT', d: 'SET DEFAULT' };
    return rows.map((r) => ({ table: r.table, onDelete: rules[r.rule] }));
  }
  const { rows } = await sql<{ table: string; onDelete: string }>`
    select m.name as "table", f.on_delete as "onDelete" from sqlite_master m join pragma_foreign_key_list(m.name) f
    where m.type = 'table' and f."table" = 'family_case'`.execute(t.db);
  return rows;
}

test("purging a case never deletes another module's records: their links to it are set to null", async () => {
  const links = await foreignKeysToCases();
  const mine = ['family_need', 'family_note', 'family_assignment'];
  assert.deepEqual(
    links
      .filter((l) => mine.includes(l.table))
      .map((l) => [l.table, l.onDelete])
      .sort(),
    mine.map((m) => [m, 'CASCADE']).sort(),
  );
  for (const link of links.filter((l) => !mine.includes(l.table))) assert.equal(link.onDelete, 'SET NULL', link.table);
});
