import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GeoJsonError } from './geo';
import { describeGeoJsonError, parseZoneFeatures, slugOf } from './zone-features';

const square = [
  [
    [-93.26, 44.95],
    [-93.25, 44.95],
    [-93.25, 44.96],
    [-93.26, 44.95],
  ],
];
const feature = (properties: unknown, geometry: unknown = { type: 'Polygon', coordinates: square }) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function problem(input: unknown, nameProperty = 'name') {
  try {
    parseZoneFeatures(input, nameProperty);
  } catch (err) {
    assert.ok(err instanceof GeoJsonError);
    return describeGeoJsonError(err);
  }
  assert.fail('expected a GeoJsonError');
}

test('slugs are stable, URL-safe and keep letters of any script', () => {
  assert.equal(slugOf('St. Anthony East'), 'st-anthony-east');
  assert.equal(slugOf('Cedar-Riverside'), 'cedar-riverside');
  assert.equal(slugOf('  Phillips   West '), 'phillips-west');
  assert.equal(slugOf('Señor Café'), 'senor-cafe');
  assert.equal(slugOf('Xóm Mới'), 'xom-moi');
  assert.equal(slugOf('Магазин 5'), 'магазин-5');
  assert.equal(slugOf('!!!'), '');
});

test('features are read with trimmed names and slugs, from any name property', () => {
  const zones = parseZoneFeatures(collection(feature({ NAME: ' Seward ' }), feature({ NAME: 'Howe' })), 'NAME');
  assert.deepEqual(
    zones.map((z) => [z.index, z.name, z.slug, z.shape.length]),
    [
      [0, 'Seward', 'seward', 1],
      [1, 'Howe', 'howe', 1],
    ],
  );
});

test('each fault names the feature and the field', () => {
  assert.deepEqual(problem({ type: 'Feature' }), { field: 'type', message: 'type: the file must be a GeoJSON FeatureCollection' });
  assert.equal(problem(collection()).field, 'features');
  assert.equal(problem(collection(feature({ name: 'A' }), { type: 'Point' })).field, 'features.1.type');
  assert.equal(problem(collection(feature({ title: 'A' }))).field, 'features.0.properties.name');
  assert.equal(problem(collection(feature(null))).field, 'features.0.properties.name');
  assert.equal(problem(collection(feature({ name: 'A' }), feature({ name: 'B' })), 'nom').field, 'features.0.properties.nom');
  assert.equal(problem(collection(feature({ name: '¿?' }))).field, 'features.0.properties.name');
  assert.equal(problem(collection(feature({ name: 'x'.repeat(101) }))).field, 'features.0.properties.name');
  const duplicate = problem(collection(feature({ name: 'Howe' }), feature({ name: 'HOWE' })));
  assert.deepEqual(duplicate, {
    field: 'features.1.properties.name',
    message: 'features.1.properties.name: "HOWE" has the same name as feature 0',
  });
  const open = problem(
    collection(
      feature({ name: 'A' }),
      feature({ name: 'Open' }, { type: 'Polygon', coordinates: [square[0].slice(0, 3).concat([[0, 0]])] }),
    ),
  );
  assert.equal(open.field, 'features.1.geometry.coordinates.0');
  assert.match(open.message, /end at the position where it starts \(in "Open"\)/);
  assert.equal(problem(collection(feature({ name: 'A' }, null))).field, 'features.0.geometry');
});
