import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { describeFindings, scanFiles, scanTables } from '../../../tests/support/scan';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { CaseList } from './contract';
import { SEALED_COLUMNS } from './sealing';
import { expectError, type Member, openCase, readCase } from './test-helpers';

/**
 * R-ENC-1: a canary written into every sealed field of a case never reaches the database in clear —
 * not its tables (PostgreSQL and SQLite) nor any file of the data directory (SQLite, WAL included) —
 * while the caseworker assigned to the case reads it back through the API.
 */
let t: TestApp;
let grace: Member;
before(async () => {
  t = await createTestApp();
  grace = await t.signIn({ roles: ['caseworker'] });
  await t.signIn({ displayName: control });
});
after(() => t.close());

const canary = `canary${randomBytes(6).toString('hex')}`;
/** Written in clear elsewhere (a member's name), so the scan is shown to find what is there. */
const control = `control${randomBytes(6).toString('hex')}`;
const field = (name: string) => `${canary}-${name}`;

async function scanDatabase(needles: string[]) {
  const tables = await scanTables(t.db as never, t.ctx.dialect, needles);
  assert.ok(tables.values > 0);
  const findings = [...tables.findings];
  if (t.ctx.dialect === 'sqlite') {
    // Everything committed so far moves from the -wal file into the database file, and both are read.
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(t.db);
    const files = scanFiles(t.config.dataDir, needles);
    assert.ok(files.files.some((f) => f.endsWith('whistle.db')));
    findings.push(...files.findings);
  }
  return findings;
}

test('the canary in every sealed field never appears in the database, and the assigned caseworker reads it', async () => {
  const id = await openCase(t, grace, {
    label: field('label'),
    contact: field('contact'),
    address: field('address'),
    household: field('household'),
    language: field('language'),
    needs: [{ kind: 'other', detail: field('need') }],
  });
  const need = (await readCase(t, grace, id)).needs[0];
  await t.call('PATCH', `/api/cases/${id}/needs/${need.id}`, { cookie: grace.cookie, body: { detail: field('need-edited') } });
  await t.call('POST', `/api/cases/${id}/notes`, { cookie: grace.cookie, body: { body: field('note') } });
  await t.call('POST', `/api/cases/${id}/close`, { cookie: grace.cookie, body: { reason: field('reason') } });

  const detail = await readCase(t, grace, id);
  assert.deepEqual(
    [
      detail.label,
      detail.contact,
      detail.address,
      detail.household,
      detail.language,
      detail.needs[0].detail,
      detail.notes[0].body,
      detail.closeReason,
    ],
    ['label', 'contact', 'address', 'household', 'language', 'need-edited', 'note', 'reason'].map(field),
  );
  const findings = await scanDatabase([canary, control]);
  assert.deepEqual(
    findings.filter((f) => f.needle === canary),
    [],
    describeFindings(findings),
  );
  const controls = findings.filter((f) => f.needle === control).map((f) => (f.where.startsWith('/') ? 'file' : f.where));
  assert.ok(controls.includes('member.displayName'), controls.join());
  if (t.ctx.dialect === 'sqlite') assert.ok(controls.includes('file'), controls.join());

  // Every sealed column holds a sealed value, so the scan above had something to miss.
  const row = await t.db.selectFrom('familyCase').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  for (const value of [row.label, row.contact, row.address, row.household, row.language, row.closeReason])
    assert.match(String(value), /^v1\./);
  assert.deepEqual(Object.keys(SEALED_COLUMNS).sort(), ['family_case', 'family_need', 'family_note']);
});

test('a sealed value moved to another column or case does not open: a clear error, never the wrong text', async () => {
  const a = await openCase(t, grace, { label: 'Household A', contact: field('contact-a') });
  const b = await openCase(t, grace, { label: 'Household B', contact: field('contact-b') });
  const rowA = await t.db.selectFrom('familyCase').selectAll().where('id', '=', a).executeTakeFirstOrThrow();
  // A's contact put in A's household column; A's label put in B's label column.
  await t.db.updateTable('familyCase').set({ household: rowA.contact }).where('id', '=', a).execute();
  await t.db.updateTable('familyCase').set({ label: rowA.label }).where('id', '=', b).execute();

  for (const id of [a, b]) {
    const res = await t.call('GET', `/api/cases/${id}`, { cookie: grace.cookie });
    const text = await res.clone().text();
    const body = await expectError(res, 500, 'family_case_unreadable');
    assert.match(body.error.message, /could not be decrypted/);
    assert.ok(!text.includes(canary) && !text.includes('Household'), text);
  }
  // The list still shows the caseworker's other cases; the one whose label was replaced has none.
  const list = (await (await t.call('GET', '/api/cases', { cookie: grace.cookie })).json()) as CaseList;
  assert.equal(list.cases.find((c) => c.id === b)?.label, null);
  assert.equal(list.cases.find((c) => c.id === a)?.label, 'Household A');
  // A note's body moved into a need of the same case fails the same way.
  const c = await openCase(t, grace, { needs: [{ kind: 'food', detail: 'x' }] });
  await t.call('POST', `/api/cases/${c}/notes`, { cookie: grace.cookie, body: { body: 'note' } });
  const note = await t.db.selectFrom('familyNote').select('body').where('caseId', '=', c).executeTakeFirstOrThrow();
  await t.db.updateTable('familyNeed').set({ detail: note.body }).where('caseId', '=', c).execute();
  await expectError(await t.call('GET', `/api/cases/${c}`, { cookie: grace.cookie }), 500, 'family_case_unreadable');
});
