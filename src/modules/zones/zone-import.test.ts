import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { AppError } from '../../core/errors';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { readMinneapolisZones } from './demo';
import { findZoneAt, importZones, listZones, neighboursOf, watchersOf, zonesModule } from './index';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

interface Fc {
  type: 'FeatureCollection';
  features: { properties: Record<string, unknown> }[];
}
/** Some of the Minneapolis neighbourhoods, by name. */
function minneapolis(...names: string[]): Fc {
  const fc = readMinneapolisZones() as Fc;
  return { ...fc, features: names.map((name) => fc.features.find((f) => f.properties.name === name)!) };
}
const countZones = async () => (await listZones(t.ctx)).length;

test('the demo seed imports the 85 neighbourhoods once', async () => {
  await zonesModule.seedDemo!(t.ctx);
  await zonesModule.seedDemo!(t.ctx);
  assert.equal(await countZones(), 85);
  const imports = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'zones.imported').execute();
  assert.deepEqual(
    imports.map((a) => [a.memberId, a.roles]),
    [[null, 'system']],
  );
});

test('the functions other modules use answer from the imported zones', async () => {
  const downtown = await findZoneAt(t.ctx, 44.9778, -93.265);
  assert.equal(downtown?.name, 'Downtown West');
  assert.equal(await findZoneAt(t.ctx, 0, 0), null);
  await assert.rejects(findZoneAt(t.ctx, 100, 0), RangeError);
  const zones = new Map((await listZones(t.ctx)).map((z) => [z.name, z]));
  const neighbours = await neighboursOf(t.ctx, downtown!.id);
  assert.ok(neighbours.includes(zones.get('Downtown East')!.id));
  assert.deepEqual(neighbours, zones.get('Downtown West')!.neighbours);
  assert.deepEqual(await watchersOf(t.ctx, [downtown!.id]), []);
});

test('replace deletes the zones missing from the file, with their watches; renamed zones keep their id', async () => {
  const member = await t.signIn();
  const before = new Map((await listZones(t.ctx)).map((z) => [z.slug, z]));
  await t.call('PUT', '/api/me/zones', { cookie: member.cookie, body: { zoneIds: [before.get('bryant')!.id, before.get('seward')!.id] } });

  const fc = minneapolis('Seward', 'Cedar-Riverside', 'Howe');
  fc.features[0].properties.name = 'SEWARD';
  const summary = await importZones(t.ctx, fc, { replace: true });
  assert.deepEqual(summary, { total: 3, created: 0, updated: 1, unchanged: 2, removed: 82, neighbourPairs: 1 });

  const after = await listZones(t.ctx);
  assert.deepEqual(
    after.map((z) => [z.slug, z.name, z.id === before.get(z.slug)?.id]),
    [
      ['cedar-riverside', 'Cedar-Riverside', true],
      ['howe', 'Howe', true],
      ['seward', 'SEWARD', true],
    ],
  );
  assert.deepEqual(await watchersOf(t.ctx, [before.get('seward')!.id, before.get('bryant')!.id]), [member.id]);
  const res = await t.call('GET', '/api/me/zones', { cookie: member.cookie });
  assert.deepEqual(await res.json(), { zoneIds: [before.get('seward')!.id] });
});

test('without replace, zones missing from the file stay, and neighbours cover old and new', async () => {
  const summary = await importZones(t.ctx, minneapolis('Longfellow', 'Bryant'), { nameProperty: 'name' });
  assert.deepEqual(summary, { total: 5, created: 2, updated: 0, unchanged: 0, removed: 0, neighbourPairs: 3 });
  const zones = new Map((await listZones(t.ctx)).map((z) => [z.name, z]));
  assert.deepEqual(zones.get('Bryant')!.neighbours, []);
  assert.ok(zones.get('Longfellow')!.neighbours.includes(zones.get('Howe')!.id));
});

test('a bad feature anywhere in the file writes nothing', async () => {
  const before = await listZones(t.ctx);
  const fc = minneapolis('Whittier', 'Lyndale');
  fc.features[1].properties.name = '';
  await assert.rejects(importZones(t.ctx, fc, { replace: true }), (err: unknown) => {
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 400);
    assert.equal(err.code, 'invalid_geojson');
    assert.equal(err.field, 'features.1.properties.name');
    return true;
  });
  assert.deepEqual(await listZones(t.ctx), before);
});

test('replace refuses to delete a zone that another table still refers to', async () => {
  const howe = (await listZones(t.ctx)).find((z) => z.slug === 'howe')!;
  await sql`create table zone_reference_test (zone_id text not null references zone (id))`.execute(t.db);
  await sql`insert into zone_reference_test (zone_id) values (${howe.id})`.execute(t.db);
  const before = await listZones(t.ctx);
  await assert.rejects(importZones(t.ctx, minneapolis('Seward'), { replace: true }), (err: unknown) => {
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 409);
    assert.equal(err.code, 'zone_in_use');
    return true;
  });
  assert.deepEqual(await listZones(t.ctx), before);
});
