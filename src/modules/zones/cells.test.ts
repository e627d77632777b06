import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CELL_RESOLUTION, cellCentre, cellOf, isCell } from './cells';

test('a point becomes a resolution-8 cell whose centre is within a kilometre of it', () => {
  const cell = cellOf(44.9778, -93.265);
  assert.match(cell, /^[0-9a-f]{15}$/);
  assert.equal(isCell(cell), true);
  const centre = cellCentre(cell);
  const metres = Math.hypot((centre.lat - 44.9778) * 110_574, (centre.lng + 93.265) * 111_320 * Math.cos((44.9778 * Math.PI) / 180));
  assert.ok(metres < 1000, `${metres} m`);
  assert.equal(CELL_RESOLUTION, 8);
});

test('points a few metres apart share a cell; points kilometres apart do not', () => {
  const centre = cellCentre(cellOf(44.95, -93.25));
  assert.equal(cellOf(centre.lat + 0.00005, centre.lng), cellOf(centre.lat, centre.lng + 0.00005));
  assert.notEqual(cellOf(44.95, -93.25), cellOf(44.98, -93.25));
});

test('only coarse cells are accepted and only real positions are reduced', () => {
  assert.equal(isCell('not-a-cell'), false);
  assert.equal(isCell('8927526d47bffff'), false, 'resolution 9 is finer than we keep');
  assert.throws(() => cellCentre('8927526d47bffff'), RangeError);
  assert.throws(() => cellOf(91, 0), RangeError);
  assert.throws(() => cellOf(Number.NaN, 0), RangeError);
});
