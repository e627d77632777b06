import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupKey, groupLabel } from './groups';

test('spellings of one group share a key', () => {
  const same = ['Local 17', ' local #17 ', 'LOCAL-17', 'Local  17.'];
  assert.deepEqual(new Set(same.map(groupKey)), new Set(['local 17']));
  assert.equal(groupKey('Café Peña & Sons'), groupKey('cafe pena and sons'));
  assert.equal(groupKey('Roosevelt High School'), 'roosevelt high school');
  assert.notEqual(groupKey('Local 17'), groupKey('Local 71'));
});

test('names keep their letters in any script', () => {
  assert.equal(groupKey('Dugsiga Sare ee Roosevelt'), 'dugsiga sare ee roosevelt');
  assert.equal(groupKey('ສູນ 12'), 'ສູນ 12');
  assert.equal(groupKey('!!!'), '');
});

test('labels are tidied but keep their spelling', () => {
  assert.equal(groupLabel('  Acme   Warehouse '), 'Acme Warehouse');
});
