import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFigures, postStatus, recommendedMarshals } from './planner';

test('one marshal per N people, rounded up; no crowd needs none', () => {
  assert.equal(recommendedMarshals(800, 50), 16);
  assert.equal(recommendedMarshals(801, 50), 17);
  assert.equal(recommendedMarshals(1, 50), 1);
  assert.equal(recommendedMarshals(49, 50), 1);
  assert.equal(recommendedMarshals(0, 50), 0);
  assert.equal(recommendedMarshals(1_000_000, 5), 200_000);
});

test('figures: what the ratio recommends, what posts ask for, who is assigned and here, and how short', () => {
  const posts = [
    { needed: 3, assigned: 3, checkedIn: 1 },
    { needed: 4, assigned: 2, checkedIn: 0 },
    { needed: 5, assigned: 0, checkedIn: 0 },
  ];
  assert.deepEqual(planFigures({ expectedCrowd: 800, ratio: 50 }, posts), {
    recommended: 16,
    requested: 12,
    assigned: 5,
    checkedIn: 1,
    short: 11,
    postsBelowRatio: 4,
  });
  // Posts asking for more than the ratio: the posts are the target, and nothing is below the ratio.
  assert.deepEqual(planFigures({ expectedCrowd: 100, ratio: 50 }, posts), {
    recommended: 2,
    requested: 12,
    assigned: 5,
    checkedIn: 1,
    short: 7,
    postsBelowRatio: 0,
  });
  // Fully staffed: nothing short.
  const full = [{ needed: 2, assigned: 2, checkedIn: 2 }];
  assert.equal(planFigures({ expectedCrowd: 100, ratio: 50 }, full).short, 0);
  assert.deepEqual(planFigures({ expectedCrowd: 0, ratio: 50 }, []), {
    recommended: 0,
    requested: 0,
    assigned: 0,
    checkedIn: 0,
    short: 0,
    postsBelowRatio: 0,
  });
});

test('a post is red with nobody checked in, amber with some, green with as many as it needs', () => {
  assert.equal(postStatus(3, 0), 'red');
  assert.equal(postStatus(3, 1), 'amber');
  assert.equal(postStatus(3, 2), 'amber');
  assert.equal(postStatus(3, 3), 'green');
  assert.equal(postStatus(3, 4), 'green');
});
