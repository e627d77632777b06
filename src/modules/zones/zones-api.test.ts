import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Located, ZoneFeatureCollection, ZoneImportSummary, ZoneSummary } from './contract';
import { readMinneapolisZones } from './demo';

let t: TestApp;
let admin: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  admin = await t.signIn({ roles: ['admin'] });
});
after(() => t.close());

const countRows = async (table: 'zone' | 'auditLog') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function zonesByName(): Promise<Map<string, ZoneSummary>> {
  const { zones } = (await (await t.call('GET', '/api/zones')).json()) as { zones: ZoneSummary[] };
  return new Map(zones.map((z) => [z.name, z]));
}

async function locate(lat: number, lng: number): Promise<Located> {
  const res = await t.call('POST', '/api/zones/locate', { body: { lat, lng } });
  assert.equal(res.status, 200);
  return (await res.json()) as Located;
}

test('only an admin may import zones', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const body = { geojson: readMinneapolisZones() };
  assert.equal((await t.call('POST', '/api/zones/import', { body })).status, 401);
  assert.equal((await t.call('POST', '/api/zones/import', { body, cookie: organiser.cookie })).status, 403);
  assert.equal(await countRows('zone'), 0);
});

test('bad GeoJSON is refused with the field at fault, and nothing is written', async () => {
  const fc = readMinneapolisZones() as { features: { geometry: { coordinates: number[][][][] } }[] };
  fc.features[1].geometry.coordinates[0][0].pop();
  const audits = await countRows('auditLog');
  const cases: [unknown, string][] = [
    [{ geojson: fc }, 'geojson.features.1.geometry.coordinates.0.0'],
    [{ geojson: readMinneapolisZones(), nameProperty: 'title' }, 'geojson.features.0.properties.title'],
    [{ geojson: { type: 'Feature', features: [] } }, 'geojson.type'],
    [{ geojson: readMinneapolisZones(), replace: 'yes' }, 'replace'],
  ];
  for (const [body, field] of cases) {
    const res = await t.call('POST', '/api/zones/import', { body, cookie: admin.cookie });
    assert.equal(res.status, 400);
    const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
    assert.equal(error.field, field);
    assert.ok(error.message.startsWith(`${field}: `), error.message);
  }
  assert.equal(await countRows('zone'), 0);
  assert.equal(await countRows('auditLog'), audits);
});

test('a file over the size limit is refused before it is read', async () => {
  const res = await t.call('POST', '/api/zones/import', { body: `{"geojson":"${'x'.repeat(11 * 1024 * 1024)}"}`, cookie: admin.cookie });
  assert.equal(res.status, 413);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'too_large');
});

test('importing the Minneapolis file gives 85 zones, sorted, each with symmetric neighbours', async () => {
  const res = await t.call('POST', '/api/zones/import', { body: { geojson: readMinneapolisZones() }, cookie: admin.cookie });
  assert.equal(res.status, 200);
  const summary = (await res.json()) as ZoneImportSummary;
  assert.deepEqual({ ...summary, neighbourPairs: 0 }, { total: 85, created: 85, updated: 0, unchanged: 0, removed: 0, neighbourPairs: 0 });
  const zones = [...(await zonesByName()).values()];
  assert.equal(zones.length, 85);
  assert.deepEqual(
    zones.map((z) => z.name),
    zones.map((z) => z.name).sort((a, b) => a.localeCompare(b, 'en')),
  );
  const byId = new Map(zones.map((z) => [z.id, z]));
  let links = 0;
  for (const z of zones) {
    assert.ok(z.neighbours.length > 0, `${z.name} has neighbours`);
    for (const n of z.neighbours) assert.ok(byId.get(n)?.neighbours.includes(z.id), `${z.name} ↔ ${byId.get(n)?.name}`);
    links += z.neighbours.length;
  }
  assert.equal(links, summary.neighbourPairs * 2);
  const entry = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'zones.imported').executeTakeFirstOrThrow();
  assert.equal(entry.memberId, admin.id);
});

test('importing the same file again changes nothing', async () => {
  const before = await zonesByName();
  const res = await t.call('POST', '/api/zones/import', { body: { geojson: readMinneapolisZones() }, cookie: admin.cookie });
  assert.deepEqual(
    { ...((await res.json()) as ZoneImportSummary), neighbourPairs: 0 },
    { total: 85, created: 0, updated: 0, unchanged: 85, removed: 0, neighbourPairs: 0 },
  );
  assert.deepEqual(await zonesByName(), before);
});

test('known points resolve to their neighbourhood; label points to their own zone', async () => {
  const zones = await zonesByName();
  for (const name of ['Cedar-Riverside', 'Ventura Village', 'Nicollet Island']) {
    const z = zones.get(name)!;
    assert.deepEqual((await locate(z.label.lat, z.label.lng)).zone, { id: z.id, name });
  }
  const known: [number, number, string][] = [
    [44.9778, -93.265, 'Downtown West'], // Nicollet Mall at 7th Street
    [44.9736, -93.2575, 'Downtown East'], // U.S. Bank Stadium
    [44.9585, -93.274, 'Whittier'], // Minneapolis Institute of Art
    [44.9765, -93.2353, 'University'], // Northrop Auditorium
  ];
  for (const [lat, lng, name] of known) assert.equal((await locate(lat, lng)).zone?.name, name, `${lat},${lng}`);
});

test('locate answers only the zone and a coarse cell, and stores nothing', async () => {
  const audits = await countRows('auditLog');
  const located = await locate(44.9778, -93.265);
  assert.deepEqual(Object.keys(located).sort(), ['cell', 'zone']);
  assert.match(located.cell, /^88[0-9a-f]{13}$/);
  const outside = await locate(45.5, -93);
  assert.equal(outside.zone, null, 'outside every zone');
  assert.match(outside.cell, /^88[0-9a-f]{13}$/);
  const bad = await t.call('POST', '/api/zones/locate', { body: { lat: 91, lng: 0 } });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { field: string } }).error.field, 'lat');
  assert.equal(await countRows('auditLog'), audits);
});

test('the GeoJSON for maps is small, rounded, and revalidates by ETag', async () => {
  const res = await t.call('GET', '/api/zones/geojson');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /application\/geo\+json/);
  const etag = res.headers.get('etag');
  assert.match(etag ?? '', /^"[\w-]+"$/);
  const text = await res.text();
  const fc = JSON.parse(text) as ZoneFeatureCollection;
  assert.equal(fc.features.length, 85);
  assert.deepEqual(Object.keys(fc.features[0].properties).sort(), ['id', 'name', 'slug']);
  const decimals = fc.features.flatMap((f) => f.geometry.coordinates.flat(3)).map((n) => String(n).split('.')[1]?.length ?? 0);
  assert.ok(Math.max(...decimals) <= 5);
  const again = await t.call('GET', '/api/zones/geojson', { headers: { 'if-none-match': etag! } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
});

test('locating is rate limited per client', async () => {
  let limited: Response | undefined;
  for (let i = 0; i < 70 && !limited; i++) {
    const res = await t.call('POST', '/api/zones/locate', { body: { lat: 44.9778, lng: -93.265 } });
    if (res.status === 429) limited = res;
  }
  assert.ok(limited, 'a 429 came within 70 requests');
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
});
