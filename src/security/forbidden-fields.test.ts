import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { listColumns } from '../core/db/portable';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { forbiddenFieldRule, propertyNames } from './forbidden-fields';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('the deny-list catches what it must and spares ordinary fields', () => {
  for (const bad of [
    'immigration_status',
    'aNumber',
    'a_number',
    'alien_registration',
    'ssn',
    'socialSecurityNumber',
    'officer_name',
    'badgeNumber',
    'ip_address',
    'userAgent',
    'remote_addr',
    'passport_no',
  ]) {
    assert.ok(forbiddenFieldRule(bad), `${bad} should be forbidden`);
  }
  for (const ok of [
    'state',
    'status',
    'display_name',
    'zone_id',
    'agency_markings',
    'vehicle_count',
    'expires_at',
    'description',
    'trusted_at',
    'roles',
  ]) {
    assert.equal(forbiddenFieldRule(ok), undefined, `${ok} should be allowed`);
  }
});

test('R-DATA-1 / R-LOG-1: no table has a forbidden column', async () => {
  const columns = await listColumns(t.db as never, t.ctx.dialect);
  assert.ok(columns.length > 20, 'the schema was read');
  const offending = columns.filter((c) => forbiddenFieldRule(c.column) || forbiddenFieldRule(c.table)).map((c) => `${c.table}.${c.column}`);
  assert.deepEqual(offending, []);
});

test('R-DATA-1: no API request or response has a forbidden field', async () => {
  const doc = await (await t.call('GET', '/api/openapi.json')).json();
  const names = [...propertyNames(doc)];
  assert.ok(names.includes('displayName'), 'the API schemas were read');
  assert.deepEqual(
    names.filter((n) => forbiddenFieldRule(n)),
    [],
  );
});

test('the column check would catch a forbidden column if one were added', async () => {
  await t.db.schema.createTable('canary_bad_table').addColumn('immigration_status', 'text').execute();
  const columns = await listColumns(t.db as never, t.ctx.dialect);
  assert.ok(columns.some((c) => c.table === 'canary_bad_table' && forbiddenFieldRule(c.column)));
  await t.db.schema.dropTable('canary_bad_table').execute();
});
