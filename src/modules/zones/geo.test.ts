import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMinneapolisZones } from './demo';
import {
  bboxOf,
  GeoJsonError,
  labelPoint,
  type MultiPolygon,
  type Position,
  parseGeometry,
  type Ring,
  shapeContains,
  touchingPairs,
} from './geo';
import { parseZoneFeatures } from './zone-features';

const LAT = 44.95;
const LNG = -93.25;
// Metres → degrees near LAT, so shapes can be laid out by distance.
const M_LAT = 1 / 110_574;
const M_LNG = 1 / (111_320 * Math.cos((LAT * Math.PI) / 180));

/** A rectangle `w` × `h` metres whose south-west corner is `x`, `y` metres from (LAT, LNG). */
function rect(x: number, y: number, w: number, h: number): Ring {
  const p = (dx: number, dy: number): Position => [LNG + dx * M_LNG, LAT + dy * M_LAT];
  return [p(x, y), p(x + w, y), p(x + w, y + h), p(x, y + h), p(x, y)];
}
const at = (x: number, y: number) => ({ lat: LAT + y * M_LAT, lng: LNG + x * M_LNG });
const shape = (...polygons: Ring[][]): MultiPolygon => polygons;

function parseError(value: unknown): GeoJsonError {
  try {
    parseGeometry(value);
  } catch (err) {
    assert.ok(err instanceof GeoJsonError);
    return err;
  }
  assert.fail('expected a GeoJsonError');
}

test('a Polygon is read as one polygon and extra dimensions are dropped', () => {
  const parsed = parseGeometry({ type: 'Polygon', coordinates: [rect(0, 0, 100, 100).map(([x, y]) => [x, y, 250])] });
  assert.equal(parsed.length, 1);
  assert.deepEqual(parsed[0][0][0], rect(0, 0, 100, 100)[0]);
});

test('invalid geometries are refused with the path to the fault', () => {
  const square = rect(0, 0, 100, 100);
  const cases: [unknown, (string | number)[], RegExp][] = [
    [null, [], /geometry object/],
    [{ type: 'Point', coordinates: [0, 0] }, ['type'], /Polygon or MultiPolygon, not "Point"/],
    [{ type: 'Polygon', coordinates: [] }, ['coordinates'], /non-empty/],
    [{ type: 'Polygon', coordinates: [square.slice(0, 3)] }, ['coordinates', 0], /at least 4 positions/],
    [{ type: 'Polygon', coordinates: [square.slice(0, 4)] }, ['coordinates', 0], /end at the position where it starts/],
    [
      { type: 'Polygon', coordinates: [[...square.slice(0, 2), ['a', 1], ...square.slice(2)]] },
      ['coordinates', 0, 2],
      /\[longitude, latitude\]/,
    ],
    [
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 95],
              [0, 0],
            ],
          ],
        ],
      },
      ['coordinates', 0, 0, 2],
      /latitude 95.*\[lng, lat\]/,
    ],
    [
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [181, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
      ['coordinates', 0, 0, 1],
      /longitude 181/,
    ],
    [{ type: 'MultiPolygon', coordinates: [7] }, ['coordinates', 0], /array of rings/],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [2, 2],
            [0, 0],
          ],
        ],
      },
      ['coordinates'],
      /encloses no area/,
    ],
  ];
  for (const [value, path, message] of cases) {
    const err = parseError(value);
    assert.deepEqual(err.path, path, JSON.stringify(value));
    assert.match(err.message, message);
  }
});

test('zero-area slivers of a MultiPolygon are dropped, the rest kept', () => {
  const sliver = [
    [0.5, 0.5],
    [0.5, 0.5],
    [0.5, 0.5],
    [0.5, 0.5],
  ];
  const parsed = parseGeometry({ type: 'MultiPolygon', coordinates: [[rect(0, 0, 10, 10)], [sliver]] });
  assert.equal(parsed.length, 1);
});

test('a point in a hole is outside; points in either part of a MultiPolygon are inside', () => {
  const donut = shape([rect(0, 0, 300, 300), rect(100, 100, 100, 100)], [rect(1000, 0, 50, 50)]);
  assert.equal(shapeContains(donut, at(50, 50)), true);
  assert.equal(shapeContains(donut, at(150, 150)), false);
  assert.equal(shapeContains(donut, at(1025, 25)), true);
  assert.equal(shapeContains(donut, at(500, 50)), false);
  assert.deepEqual(bboxOf(donut), { minLat: LAT, minLng: LNG, maxLat: at(0, 300).lat, maxLng: at(1050, 0).lng });
});

test('the label point lies inside even when the centre does not', () => {
  const donut = shape([rect(0, 0, 300, 300), rect(50, 50, 200, 200)]);
  const u: Ring = [at(0, 0), at(300, 0), at(300, 300), at(250, 300), at(250, 50), at(50, 50), at(50, 300), at(0, 300), at(0, 0)].map(
    (p): Position => [p.lng, p.lat],
  );
  for (const s of [donut, shape([u]), shape([rect(0, 0, 10, 10)], [rect(500, 0, 400, 400)])]) {
    assert.equal(shapeContains(s, labelPoint(s)), true);
  }
  const big = labelPoint(shape([rect(0, 0, 10, 10)], [rect(500, 0, 400, 400)]));
  assert.ok(big.lng > at(500, 0).lng, 'the label goes in the largest part');
});

test('zones are neighbours when they share an edge, touch at a corner, nest, cross, or nearly meet', () => {
  const z = (id: string, ...rings: Ring[]) => {
    const s = shape(...rings.map((r) => [r]));
    return { id, shape: s, bbox: bboxOf(s) };
  };
  const pairs = touchingPairs([
    z('a', rect(0, 0, 100, 100)),
    z('b', rect(100, 0, 100, 100)), // shares a's east edge
    z('c', rect(200, 100, 100, 100)), // touches b's north-east corner only
    z('d', rect(0, 110, 100, 100)), // 10 m north of a: a surveying gap
    z('e', rect(0, 240, 100, 100)), // 30 m north of d: not a neighbour
    z('f', rect(2000, 0, 300, 300)),
    z('g', rect(2100, 100, 50, 50)), // inside f
    z('h', rect(3000, 100, 300, 20)),
    z('i', rect(3100, 0, 20, 300)), // crosses h, no corner inside the other
  ]);
  assert.deepEqual(pairs.map((p) => p.join('-')).sort(), ['a-b', 'a-d', 'b-c', 'b-d', 'f-g', 'h-i']);
});

test('all 85 Minneapolis neighbourhoods get neighbours, in well under a second', () => {
  const shapes = parseZoneFeatures(readMinneapolisZones(), 'name').map((f) => ({ id: f.name, shape: f.shape, bbox: bboxOf(f.shape) }));
  assert.equal(shapes.length, 85);
  const started = performance.now();
  const pairs = touchingPairs(shapes);
  const ms = performance.now() - started;
  assert.ok(ms < 500, `took ${ms} ms`);
  const counts = new Map<string, number>();
  for (const [a, b] of pairs) for (const id of [a, b]) counts.set(id, (counts.get(id) ?? 0) + 1);
  assert.equal(counts.size, 85, 'every zone has a neighbour');
  const has = (a: string, b: string) => pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  assert.ok(has('Cedar-Riverside', 'Ventura Village'));
  assert.ok(has('Downtown West', 'Downtown East'));
  assert.ok(!has('Downtown West', 'Linden Hills'));
  for (const s of shapes) assert.ok(shapeContains(s.shape, labelPoint(s.shape)), `label of ${s.id} is inside it`);
});
