import assert from 'node:assert/strict';
import { test } from 'node:test';
import { add, compare, decimal, divide, formatDecimal, multiply, ONE, parseDecimal, subtract, times, unit, ZERO } from './decimal';

const d = (text: string) => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`not a decimal: ${text}`);
  return value;
};
const f = formatDecimal;

test('parsing keeps the scale as written', () => {
  assert.deepEqual(d('7.2500'), decimal(72500n, 4));
  assert.deepEqual(d('-0.25'), decimal(-25n, 2));
  assert.deepEqual(d(' 12 '), decimal(12n, 0));
  assert.equal(parseDecimal('1e3'), null);
  assert.equal(parseDecimal('1.'), null);
  assert.equal(parseDecimal(''), null);
});

test('formatting is Java BigDecimal.toString: trailing zeros of the scale kept, tiny values in E notation', () => {
  assert.equal(f(decimal(8n)), '8');
  assert.equal(f(decimal(23330n, 4)), '2.3330');
  assert.equal(f(decimal(1n, 4)), '0.0001');
  assert.equal(f(decimal(0n, 4)), '0.0000');
  assert.equal(f(decimal(-5n, 1)), '-0.5');
  assert.equal(f(decimal(1n, 6)), '0.000001');
  assert.equal(f(decimal(1n, 7)), '1E-7');
  assert.equal(f(decimal(12n, 8)), '1.2E-7');
});

test('sums take the larger scale, whatever the value', () => {
  assert.equal(f(add(decimal(6n), decimal(1111n, 4))), '6.1111');
  assert.equal(f(add(decimal(5n), decimal(0n, 4))), '5.0000');
  assert.equal(f(subtract(ONE, decimal(8889n, 4))), '0.1111');
  assert.equal(f(times(decimal(1111n, 4), 9n)), '0.9999');
  assert.equal(f(add(ZERO, ZERO)), '0');
});

test('division truncates toward zero to the places asked, or rounds up for the Hare quota', () => {
  assert.equal(f(divide(decimal(1n), decimal(9n), 4)), '0.1111');
  assert.equal(f(divide(decimal(29n), decimal(4n), 0)), '7');
  assert.equal(f(divide(decimal(29n), decimal(4n), 4)), '7.2500');
  assert.equal(f(divide(decimal(29n), decimal(4n), 0, 'up')), '8');
  assert.equal(f(divide(decimal(28n), decimal(4n), 0, 'up')), '7');
  assert.equal(f(divide(d('2.3333'), d('10.3333'), 4)), '0.2258');
  assert.equal(f(divide(decimal(-1n), decimal(3n), 2)), '-0.33');
  assert.equal(f(divide(decimal(-1n), decimal(3n), 2, 'up')), '-0.34');
  assert.throws(() => divide(ONE, ZERO, 2), RangeError);
});

test('multiplication truncates to the places asked', () => {
  assert.equal(f(multiply(ONE, d('0.1111'), 4)), '0.1111');
  assert.equal(f(multiply(d('0.8889'), d('0.2258'), 4)), '0.2007');
  assert.equal(f(multiply(d('2.5'), d('2.5'), 1)), '6.2');
  assert.equal(f(multiply(d('3'), d('2'), 2)), '6.00');
});

test('comparison ignores scale', () => {
  assert.equal(compare(d('8'), d('8.0000')), 0);
  assert.equal(compare(d('7.2501'), d('7.25')), 1);
  assert.equal(compare(d('-1'), ZERO), -1);
  assert.equal(f(unit(0)), '1');
  assert.equal(f(unit(4)), '0.0001');
});
