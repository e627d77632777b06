import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ZoneSummary } from '../../zones/contract';
import { clockTime, seenAtOf } from './seen-time';
import { matchZones } from './zone-combobox';

const zone = (name: string): ZoneSummary => ({ id: name, slug: name.toLowerCase(), name, label: { lat: 0, lng: 0 }, neighbours: [] });
const ZONES = ['Central', 'Cedar-Riverside', 'East Phillips', 'Phillips West', 'Powderhorn Park', 'Ventura Village', 'Bryn - Mawr'].map(
  zone,
);

test('type-ahead: names starting with the letters first, then a word starting with them, then anywhere', () => {
  assert.deepEqual(
    matchZones(ZONES, 'ph').map((z) => z.name),
    ['Phillips West', 'East Phillips'],
  );
  assert.deepEqual(
    matchZones(ZONES, 'ce').map((z) => z.name),
    ['Cedar-Riverside', 'Central'],
  );
  assert.deepEqual(
    matchZones(ZONES, 'river').map((z) => z.name),
    ['Cedar-Riverside'],
  );
  assert.deepEqual(
    matchZones(ZONES, 'ura').map((z) => z.name),
    ['Ventura Village'],
  );
  assert.deepEqual(matchZones(ZONES, '  '), []);
  assert.deepEqual(
    matchZones([zone('Peña')], 'PENA').map((z) => z.name),
    ['Peña'],
  );
});

test('time seen: minutes ago, a clock time today, and a clock time later than now meaning yesterday', () => {
  const now = new Date(2026, 0, 23, 10, 15).getTime();
  assert.equal(seenAtOf({ minutesAgo: 15 }, now), now - 15 * 60_000);
  assert.equal(seenAtOf({ at: '09:40' }, now), new Date(2026, 0, 23, 9, 40).getTime());
  assert.equal(seenAtOf({ at: '10:18' }, now), new Date(2026, 0, 23, 10, 18).getTime(), 'a slow phone clock is not yesterday');
  assert.equal(seenAtOf({ at: '23:50' }, now), new Date(2026, 0, 22, 23, 50).getTime());
  assert.ok(Number.isNaN(seenAtOf({ at: '' }, now)));
  assert.equal(clockTime(now), '10:15');
});
