import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solveGreedy } from './greedy';
import {
  type Driver,
  detourMetres,
  haversineMetres,
  type MatchOptions,
  matchRides,
  pairKey,
  pickupTime,
  type Rider,
  rideCost,
  STRAIGHT_LINE_METRES_PER_MINUTE,
  travelMs,
} from './rides';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
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
  preferred: 7 * HOUR + 30 * MINUTE,
  ...over,
});
const cost = (r: Rider, d: Driver, opts: MatchOptions = { maxDetourMetres: 5000 }) => rideCost([r], [d], opts)(0, 0);

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

test('the pickup time is the preferred one when the driver can make it, else the nearest time both can', () => {
  const approach = travelMs(at(44.9), at(44.95));
  assert.equal(approach, Math.round((haversineMetres(at(44.9), at(44.95)) / STRAIGHT_LINE_METRES_PER_MINUTE) * MINUTE));
  assert.ok(approach > 13 * MINUTE && approach < 14 * MINUTE, 'about 5.6 km at the city pace');
  assert.equal(pickupTime(driver(), rider()), 7 * HOUR + 30 * MINUTE);
  // Leaving at 7:00 at the earliest, the driver is there 7:14 at the earliest.
  assert.equal(pickupTime(driver(), rider({ preferred: 7 * HOUR })), 7 * HOUR + approach);
  // And 8:14 at the latest, past the rider's window: the window's end.
  assert.equal(pickupTime(driver(), rider({ preferred: 9 * HOUR })), 8 * HOUR);
  // A rider who must be picked up before the driver can get there.
  assert.equal(pickupTime(driver(), rider({ window: { from: 6 * HOUR, to: 7 * HOUR + approach - 1 } })), null);
  assert.equal(
    pickupTime(driver(), rider({ window: { from: 6 * HOUR, to: 7 * HOUR + approach } })),
    7 * HOUR + approach,
    'touching at one instant is enough',
  );
});

test('a pair is infeasible outside the zones, the times, an exclusion or the detour limit', () => {
  assert.equal(cost(rider(), driver()), 0);
  assert.equal(cost(rider({ zone: 'south' }), driver()), null);
  assert.equal(cost(rider({ zone: null }), driver()), null);
  assert.equal(cost(rider({ window: { from: 9 * HOUR, to: 10 * HOUR } }), driver()), null);
  assert.equal(cost(rider(), driver(), { maxDetourMetres: 5000, excluded: new Set([pairKey('r1', 'd1')]) }), null);
  assert.equal(cost(rider(), driver(), { maxDetourMetres: 5000, excluded: new Set([pairKey('r1', 'd2')]) }), 0);
  const far = rider({ dropoff: at(45.2) });
  const detour = detourMetres(driver(), far);
  assert.equal(cost(far, driver(), { maxDetourMetres: detour }), detour);
  assert.equal(cost(far, driver(), { maxDetourMetres: detour - 1 }), null);
});

test('matchRides: minimum total detour by id, with pickup times; riders nobody can take left unmatched', () => {
  const drivers = [driver({ id: 'near', seats: 2 }), driver({ id: 'elsewhere', start: at(44.5), end: at(44.6), zones: ['south'] })];
  const riders = [
    rider({ id: 'a' }),
    rider({ id: 'b', dropoff: at(45.12) }),
    rider({ id: 'c', zone: 'east' }),
    rider({ id: 'd', zone: 'south', pickup: at(44.52), dropoff: at(44.58) }),
  ];
  const opts = { maxDetourMetres: 10_000 };
  const result = matchRides(riders, drivers, opts);
  assert.deepEqual(
    result.pairs.map((p) => [p.riderId, p.driverId, p.pickupAt]),
    [
      ['a', 'near', 7 * HOUR + 30 * MINUTE],
      ['b', 'near', 7 * HOUR + 30 * MINUTE],
      ['d', 'elsewhere', 7 * HOUR + 30 * MINUTE],
    ],
  );
  assert.equal(result.totalDetourMetres, detourMetres(drivers[0], riders[1]));
  assert.equal(
    result.totalDetourMetres,
    result.pairs.reduce((sum, p) => sum + p.detourMetres, 0),
  );
  assert.deepEqual(result.unmatchedRiderIds, ['c']);
  assert.deepEqual(matchRides(riders, drivers, opts, solveGreedy), result);
  assert.deepEqual(matchRides([], drivers, opts), { pairs: [], totalDetourMetres: 0, unmatchedRiderIds: [] });
});
