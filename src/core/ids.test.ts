import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FixedClock } from './clock';
import { uuidv7 } from './ids';

test('ids made in one millisecond sort in the order they were made', () => {
  const clock = new FixedClock(Date.UTC(2026, 0, 23, 16, 15));
  const ids = Array.from({ length: 5000 }, () => uuidv7(clock));
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
  assert.match(ids[0], /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('a later millisecond sorts after the earlier one', () => {
  const clock = new FixedClock(Date.UTC(2027, 0, 1));
  const a = uuidv7(clock);
  clock.advance(1);
  const b = uuidv7(clock);
  assert.ok(a < b);
});
