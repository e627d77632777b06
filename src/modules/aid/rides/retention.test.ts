import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../../core/clock';
import { purgeExpired } from '../../../core/retention';
import { retentionRules } from '../../../server';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import { call, type Member, nextWeek, offerRides, registerRider, runAndPublish, runWeek, withZones } from './test-helpers';
import { addDays, weekEndsAt } from './week';

/** Retention kind `ride` (30 days): ended riders and drivers, and weeks that passed — exactly those. */
let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  await withZones(t);
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

const ids = async (table: 'rideRider' | 'rideDriver') =>
  (await t.db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);
const weeks = async () => (await t.db.selectFrom('rideWeek').select('weekStart').orderBy('weekStart').execute()).map((w) => w.weekStart);
const rows = async (table: 'rideRun' | 'rideAssignment' | 'rideExclusion') => (await t.db.selectFrom(table).selectAll().execute()).length;
async function purgeAt(ms: number): Promise<number> {
  t.clock.set(ms);
  const results = await purgeExpired(t.db, retentionRules, t.config, t.clock.now());
  const ride = results.find((r) => r.kind === 'ride');
  assert.equal(ride?.days, 30);
  return ride?.deleted ?? -1;
}

test('the purge removes ended riders and drivers 30 days after they ended, and weeks 30 days after they passed', async () => {
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const tou = await t.signIn();
  const vang = await t.signIn();
  const touOffer = await offerRides(t, tou, { firstName: 'Tou', seats: 1 });
  await offerRides(t, vang, { firstName: 'Vang', seats: 1, start: { lat: 45.008, lng: -93.287 } });
  const mai = await registerRider(t, dispatcher, { firstName: 'Mai' });
  const nou = await registerRider(t, dispatcher, { firstName: 'Nou' });
  const next = nextWeek(t);
  const current = addDays(next, -7);
  await runAndPublish(t, organiser, current);
  await runWeek(t, organiser, next);
  await call(t, 'POST', `/api/rides/weeks/${next}/exclusions`, {
    cookie: organiser.cookie,
    body: { riderId: mai.rider.id, driverId: touOffer.id },
  });
  await runAndPublish(t, organiser, next);

  const ended = t.clock.now();
  await call(t, 'POST', `/api/rides/riders/${nou.rider.id}/end`, { cookie: dispatcher.cookie });
  await call(t, 'POST', '/api/rides/drivers/mine/state', { cookie: vang.cookie, body: { state: 'ended' } });
  assert.equal(await rows('rideExclusion'), 1);
  const everything = { riders: await ids('rideRider'), drivers: await ids('rideDriver'), weeks: await weeks() };

  assert.equal(await purgeAt(ended + 30 * DAY), 0, 'not before 30 days have passed');
  assert.deepEqual({ riders: await ids('rideRider'), drivers: await ids('rideDriver'), weeks: await weeks() }, everything);
  assert.equal(await purgeAt(ended + 30 * DAY + 1), 2, 'the ended rider and driver');
  assert.deepEqual(await ids('rideRider'), [mai.rider.id]);
  assert.deepEqual(await ids('rideDriver'), [touOffer.id]);
  assert.deepEqual(await weeks(), [current, next]);
  const left = await t.db.selectFrom('rideAssignment').select(['riderId', 'driverId']).execute();
  assert.ok(left.length > 0 && left.every((a) => a.riderId === mai.rider.id && a.driverId !== null), 'their assignments went with them');

  const currentEnds = weekEndsAt(current, t.config.timeZone);
  assert.equal(await purgeAt(currentEnds + 30 * DAY), 0);
  assert.equal(await purgeAt(currentEnds + 30 * DAY + 1), 1, 'the week that passed');
  assert.deepEqual(await weeks(), [next]);
  const nextRuns = await t.db.selectFrom('rideRun').select('weekStart').execute();
  assert.ok(nextRuns.length > 0 && nextRuns.every((r) => r.weekStart === next), 'its runs and assignments went with it');
  assert.equal(await rows('rideExclusion'), 1, "next week's exclusion stays");

  assert.equal(await purgeAt(weekEndsAt(next, t.config.timeZone) + 30 * DAY + 1), 1);
  assert.deepEqual([await weeks(), await rows('rideRun'), await rows('rideAssignment'), await rows('rideExclusion')], [[], 0, 0, 0]);
  assert.deepEqual([await ids('rideRider'), await ids('rideDriver')], [[mai.rider.id], [touOffer.id]], 'who still rides or drives stays');
});
