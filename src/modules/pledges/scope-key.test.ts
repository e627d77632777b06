import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopeKeyOf } from './scope-key';

test('spellings of one workplace share a key; different places do not', () => {
  assert.equal(scopeKeyOf('Café Lola, Inc.'), 'cafe lola inc');
  assert.equal(scopeKeyOf('  CAFE   lola inc '), 'cafe lola inc');
  assert.equal(scopeKeyOf('Local 17 (SEIU)'), 'local 17 seiu');
  assert.notEqual(scopeKeyOf('Local 17'), scopeKeyOf('Local 71'));
  assert.equal(scopeKeyOf('Maanso Cuntada'), 'maanso cuntada');
  assert.equal(scopeKeyOf('Ｓｕｐｅｒ　Ｍａｒｔ'), 'super mart', 'full-width letters fold');
});

test('a name of punctuation only has no key', () => {
  assert.equal(scopeKeyOf('!!! ...'), '');
  assert.equal(scopeKeyOf(undefined), '');
});
