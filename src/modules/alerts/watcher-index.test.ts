import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WatcherIndex } from './watcher-index';

const ZONES = Array.from({ length: 12 }, (_, i) => `zone-${i}`);
const zoneList = fc.uniqueArray(fc.constantFrom(...ZONES), { maxLength: 8 });

/** The plain definition: members with at least one watched zone among the targets. */
function expected(watches: Map<string, string[]>, targets: string[]) {
  return [...watches.values()].filter((zones) => zones.some((z) => targets.includes(z))).length;
}

test('the index counts exactly the members watching any target zone, through any sequence of changes', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), zoneList), { maxLength: 120 }),
      fc.array(zoneList, { minLength: 1, maxLength: 10 }),
      (changes, queries) => {
        const index = new WatcherIndex();
        const truth = new Map<string, string[]>();
        for (const [member, zones] of changes) {
          index.setWatches(`m${member}`, zones);
          truth.set(`m${member}`, zones);
          // Counting between changes exercises the cached per-zone arrays being refreshed.
          assert.equal(index.count(zones), expected(truth, zones));
        }
        for (const targets of queries) assert.equal(index.count([...targets, 'unknown-zone']), expected(truth, targets));
      },
    ),
    { numRuns: 300 },
  );
});

test('a member watching more zones than fit in place is counted once, and can shrink back', () => {
  const index = new WatcherIndex();
  index.setWatches('a', ZONES);
  index.setWatches('b', ['zone-0']);
  assert.equal(index.count(ZONES), 2);
  assert.equal(index.count(['zone-11']), 1);
  index.setWatches('a', ['zone-1']);
  assert.equal(index.count(['zone-11']), 0);
  assert.equal(index.count(ZONES), 2);
  index.setWatches('a', []);
  assert.equal(index.count(ZONES), 1);
});
