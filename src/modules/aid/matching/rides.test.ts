import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignGreedy } from './greedy';
import { type Driver, detourMetres, haversineMetres, matchRides, type Rider, rideCost } from './rides';

const HOUR = 3_600_000;
const MORNING = { from: 7 * HOUR, to: 8 * HOUR };
// Points on the meridian through Minneapolis, so distances along it add up exactly.
const at = (lat: number) => ({ lat, lng: -93.265 });

const driver = (over: Partial<Driver> = {}): Driver => ({
  id: 'd1',
  start: at(44.9),
  end: at(45.1),
  seats: 1,
  zones: ['north'],
  window: MORNING,
  ...over,
});
const rider = (over: Partial<Rider> = {}): Rider => ({
  id: 'r1',
  pickup: at(44.95),
  dropoff: at(45.05),
  zone: 'north',
  window: MORNING,
  ...over,
});

test('haversine: a degree of latitude is about 111.2 km; a point is 0 from itself', () => {
  assert.equal(Math.round(haversineMetres(at(44), at(45))), 111_195);
  assert.equal(haversineMetres(at(44.9), at(44.9)), 0);
});

test('detour: nothing when the rider is on the way, the extra legs when not', () => {
  assert.equal(detourMetres(driver(), rider()), 0);
  // Dropping off 0.1° past the driver's end means going there and coming back.
  const past = detourMetres(driver(), rider({ dropoff: at(45.2) }));
  assert.equal(past, Math.round(2 * haversineMetres(at(45.1), at(45.2))));
});

test('a pair is infeasible outside the zones, the time windows or the detour limit', () => {
  const cost = (r: Rider, d: Driver, max = 5000) => rideCost([r], [d], max)(0, 0);
  assert.equal(cost(rider(), driver()), 0);
  assert.equal(cost(rider({ zone: 'south' }), driver()), null);
  assert.equal(cost(rider({ window: { from: 8 * HOUR + 1, to: 9 * HOUR } }), driver()), null);
  // Windows touching at one instant still overlap.
  assert.equal(cost(rider({ window: { from: 8 * HOUR, to: 9 * HOUR } }), driver()), 0);
  const far = rider({ dropoff: at(45.2) });
  assert.equal(cost(far, driver(), detourMetres(driver(), far)), detourMetres(driver(), far));
  assert.equal(cost(far, driver(), detourMetres(driver(), far) - 1), null);
});

test('matchRides: minimum total detour by id, riders nobody can take left unmatched', () => {
  const drivers = [driver({ id: 'near', seats: 2 }), driver({ id: 'elsewhere', start: at(44.5), end: at(44.6), zones: ['south'] })];
  const riders = [
    rider({ id: 'a' }),
    rider({ id: 'b', dropoff: at(45.12) }),
    rider({ id: 'c', zone: 'east' }),
    rider({ id: 'd', zone: 'south', pickup: at(44.52), dropoff: at(44.58) }),
  ];
  const result = matchRides(riders, drivers, 10_000);
  assert.deepEqual(
    result.pairs.map((p) => [p.riderId, p.driverId]),
    [
      ['a', 'near'],
      ['b', 'near'],
      ['d', 'elsewhere'],
    ],
  );
  assert.equal(result.totalDetourMetres, detourMetres(drivers[0], riders[1]));
  assert.equal(
    result.totalDetourMetres,
    result.pairs.reduce((sum, p) => sum + p.detourMetres, 0),
  );
  assert.deepEqual(result.unmatchedRiderIds, ['c']);
  assert.deepEqual(matchRides(riders, drivers, 10_000, assignGreedy), result);
  assert.deepEqual(matchRides([], drivers, 10_000), { pairs: [], totalDetourMetres: 0, unmatchedRiderIds: [] });
});
