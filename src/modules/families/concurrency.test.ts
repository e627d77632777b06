import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { type Member, openCase, readCase } from './test-helpers';

/**
 * Writes that race on one case (PostgreSQL runs them at once; SQLite one after another): a close and
 * notes never cross — no note is added after the case was closed — and concurrent reassignments
 * each leave a consistent set of caseworkers, never an error.
 */
let t: TestApp;
let grace: Member;
let others: Member[];
before(async () => {
  t = await createTestApp();
  grace = await t.signIn({ roles: ['caseworker'] });
  others = [];
  for (let i = 0; i < 4; i++) others.push(await t.signIn({ roles: ['caseworker'] }));
});
after(() => t.close());

test('a close racing ten notes: every note is either in before the close or refused as case_closed', async () => {
  const id = await openCase(t, grace);
  const note = (i: number) => t.call('POST', `/api/cases/${id}/notes`, { cookie: grace.cookie, body: { body: `Note ${i}` } });
  const results = await Promise.all([
    ...[0, 1, 2, 3, 4].map(note),
    t.call('POST', `/api/cases/${id}/close`, { cookie: grace.cookie, body: { reason: 'Done' } }),
    ...[5, 6, 7, 8, 9].map(note),
  ]);
  assert.equal(results[5].status, 200);
  const statuses = results.filter((_, i) => i !== 5).map((r) => r.status);
  assert.ok(
    statuses.every((s) => s === 201 || s === 409),
    statuses.join(),
  );
  const detail = await readCase(t, grace, id);
  assert.equal(detail.notes.length, statuses.filter((s) => s === 201).length);
  assert.ok(detail.notes.every((n) => n.createdAt <= (detail.closedAt ?? 0)));
  const closes = await t.db
    .selectFrom('auditLog')
    .select('id')
    .where('objectId', '=', id)
    .where('action', '=', 'family_case.closed')
    .execute();
  assert.equal(closes.length, 1);
});

test('concurrent reassignments all succeed and leave exactly one of the requested sets', async () => {
  const id = await openCase(t, grace);
  const sets = others.map((o) => [grace.id, o.id]);
  const results = await Promise.all(
    sets.map((memberIds) => t.call('PUT', `/api/cases/${id}/caseworkers`, { cookie: grace.cookie, body: { memberIds } })),
  );
  assert.deepEqual(
    results.map((r) => r.status),
    sets.map(() => 200),
  );
  const final = (await readCase(t, grace, id)).caseworkers.map((c) => c.id).sort();
  assert.ok(
    sets.some((s) => JSON.stringify([...s].sort()) === JSON.stringify(final)),
    final.join(),
  );
});
