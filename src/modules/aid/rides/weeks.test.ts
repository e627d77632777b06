import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../../core/clock';
import type { TestApp } from '../../../test-support/test-app';
import { createPushTestApp, type PushTestApp } from '../../push/test-support/push-test-app';
import type { DayView, MyDriving, RiderView, WeekView } from './contract';
import {
  call,
  errorCode,
  type Member,
  nextWeek,
  offerRides,
  publishWeek,
  registerRider,
  runAndPublish,
  runWeek,
  withZones,
} from './test-helpers';
import { addDays } from './week';

/** Weekly matching: run (Hungarian per weekday), review, exclude, publish, versions and pushes to drivers. */
let t: TestApp;
let subscribe: PushTestApp['subscribe'];
let received: PushTestApp['pushesSinceLastLook'];
let close: () => Promise<void>;
let organiser: Member;
let dispatcher: Member;
before(async () => {
  ({ t, subscribe, pushesSinceLastLook: received, close } = await createPushTestApp());
  await withZones(t);
  organiser = await t.signIn({ roles: ['organiser'] });
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
});
after(() => close());

/** A fresh network of rides each test: earlier tests' riders and drivers end. */
async function clean() {
  await t.db.deleteFrom('rideWeek').execute();
  await t.db.deleteFrom('rideRider').execute();
  await t.db.deleteFrom('rideDriver').execute();
}

async function driverWithDevice(name: string) {
  const member = await t.signIn({ displayName: name });
  await subscribe(member);
  return member;
}

/** Pushes since the last look: which members' devices got which payload. */
async function pushes() {
  return (await received()).map((p) => JSON.parse(p.payload) as unknown);
}

const monday = (view: WeekView): DayView => {
  const day = view.draft?.days.find((d) => d.weekday === 1);
  assert.ok(day, 'Monday was matched');
  return day;
};
const pairsOf = (day: DayView) => day.pairs.map((p) => [p.riderFirstName, p.driverFirstName, p.pickupTime, p.detourMetres]);

test('a run matches each weekday by minimum total detour within seats, zones and times; the same input gives the same draft', async () => {
  await clean();
  const week = nextWeek(t);
  await offerRides(t, await t.signIn(), { firstName: 'Tou', seats: 2 });
  // Starts in Hawthorne, next to Jordan, for the same trip: one seat.
  await offerRides(t, await t.signIn(), { firstName: 'Vang', seats: 1, start: { lat: 45.008, lng: -93.287 } });
  for (const name of ['Pa Houa', 'Mai', 'Kou']) await registerRider(t, dispatcher, { firstName: name });
  await registerRider(t, dispatcher, { firstName: 'Early', timeKind: 'pickup_at', time: '05:00' });
  await registerRider(t, dispatcher, { firstName: 'Longfellow', pickup: { lat: 44.9529, lng: -93.2196 } });
  await registerRider(t, dispatcher, { firstName: 'Weekend', weekdays: [6] });

  const view = await runWeek(t, organiser, week);
  assert.ok(view.draft && !view.draft.published);
  assert.deepEqual(
    view.draft.days.map((d) => d.weekday),
    [1, 2, 3, 4, 5, 6],
    'only days someone needs a ride',
  );
  const day = monday(view);
  assert.deepEqual(day.figures.riders, 5);
  assert.deepEqual(
    { drivers: day.figures.drivers, seats: day.figures.seats, matched: day.figures.matched },
    { drivers: 2, seats: 3, matched: 3 },
  );
  const seatsTaken = (name: string) => day.pairs.filter((p) => p.driverFirstName === name).length;
  assert.deepEqual([seatsTaken('Tou'), seatsTaken('Vang')], [2, 1], 'seats respected');
  assert.deepEqual(day.unmatched.map((u) => u.riderFirstName).sort(), ['Early', 'Longfellow'], 'infeasible times and zones never matched');
  assert.equal(
    day.figures.totalDetourMetres,
    day.pairs.reduce((sum, p) => sum + p.detourMetres, 0),
  );
  assert.ok(day.figures.greedyTotalDetourMetres >= day.figures.totalDetourMetres || day.figures.greedyMatched < day.figures.matched);
  for (const p of day.pairs) assert.ok(p.pickupTime >= '06:30' && p.pickupTime <= '07:30', `${p.pickupTime} is in both windows`);
  assert.deepEqual(
    view.draft.days.find((d) => d.weekday === 6)?.unmatched.map((u) => u.riderFirstName),
    ['Weekend'],
  );

  const again = await runWeek(t, dispatcher, week);
  assert.notEqual(again.draft?.runId, view.draft.runId, 'a new draft');
  assert.deepEqual(pairsOf(monday(again)), pairsOf(day), 'the same pairs, times and detours');
  const runs = await t.db.selectFrom('rideRun').select('id').execute();
  assert.deepEqual(runs, [{ id: again.draft?.runId }], 'the draft replaced, not kept beside');
});

test('excluding a pair runs the week again without it; allowing it back restores the draft', async () => {
  await clean();
  const week = nextWeek(t);
  await offerRides(t, await t.signIn(), { firstName: 'Tou', seats: 1 });
  await offerRides(t, await t.signIn(), { firstName: 'Vang', seats: 1, start: { lat: 45.008, lng: -93.287 } });
  await registerRider(t, dispatcher, { firstName: 'Mai' });
  const first = monday(await runWeek(t, organiser, week)).pairs[0];
  const pair = { riderId: first.riderId, driverId: first.driverId };
  const excluded = await call<WeekView>(t, 'POST', `/api/rides/weeks/${week}/exclusions`, { cookie: organiser.cookie, body: pair });
  const other = monday(excluded).pairs[0];
  assert.equal(other.riderFirstName, 'Mai');
  assert.notEqual(other.driverFirstName, first.driverFirstName);
  assert.ok(other.detourMetres >= first.detourMetres, 'the best pair was the one excluded');
  assert.deepEqual(excluded.exclusions, [{ ...pair, riderFirstName: 'Mai', driverFirstName: first.driverFirstName }]);
  const allowed = await call<WeekView>(t, 'POST', `/api/rides/weeks/${week}/exclusions/remove`, { cookie: organiser.cookie, body: pair });
  assert.equal(monday(allowed).pairs[0].driverFirstName, first.driverFirstName);
  assert.deepEqual(allowed.exclusions, []);
  const unknown = await t.call('POST', `/api/rides/weeks/${week}/exclusions`, {
    cookie: organiser.cookie,
    body: { ...pair, riderId: 'nobody' },
  });
  assert.equal(unknown.status, 404);
});

test('publishing tells the drivers; a re-run changes nothing published until it is published as a new version', async () => {
  await clean();
  const week = nextWeek(t);
  const tou = await driverWithDevice('Tou');
  const vang = await driverWithDevice('Vang');
  await offerRides(t, tou, { firstName: 'Tou', seats: 1 });
  await offerRides(t, vang, { firstName: 'Vang', seats: 1, start: { lat: 45.008, lng: -93.287 } });
  const mai = await registerRider(t, dispatcher, { firstName: 'Mai' });
  await pushes();

  const draft = (await runWeek(t, organiser, week)).draft;
  assert.ok(draft);
  const first = monday(await runWeek(t, organiser, week));
  const stale = await t.call('POST', `/api/rides/weeks/${week}/publish`, { cookie: organiser.cookie, body: { runId: draft.runId } });
  assert.equal(stale.status, 409, 'the draft reviewed was replaced');
  assert.equal(await errorCode(stale), 'draft_changed');

  const current = (await call<WeekView>(t, 'GET', `/api/rides/weeks/${week}`, { cookie: organiser.cookie })).draft;
  assert.ok(current);
  const published = await publishWeek(t, organiser, week, current.runId);
  assert.deepEqual({ version: published.published?.version, same: published.draft?.published }, { version: 1, same: true });
  assert.deepEqual(await pushes(), [{ kind: 'ride', id: week }], 'one content-free push, to the one driver with a rider');
  const driverOf = first.pairs[0].driverFirstName === 'Tou' ? { driver: tou, other: vang } : { driver: vang, other: tou };
  const mine = await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driverOf.driver.cookie });
  assert.deepEqual(
    mine.weeks.map((w) => [w.weekStart, w.version, w.days.map((d) => d.riders.map((r) => r.firstName).join())]),
    [[week, 1, ['Mai', 'Mai', 'Mai', 'Mai', 'Mai']]],
  );

  await publishWeek(t, organiser, week, current.runId);
  assert.equal((await call<WeekView>(t, 'GET', `/api/rides/weeks/${week}`, { cookie: organiser.cookie })).published?.version, 1);
  assert.deepEqual(await pushes(), [], 'publishing the same draft again is a no-op');

  // The organiser rules the pair out and runs again: the drivers still see version 1.
  const body = { riderId: mai.rider.id, driverId: first.pairs[0].driverId };
  const rerun = await call<WeekView>(t, 'POST', `/api/rides/weeks/${week}/exclusions`, { cookie: organiser.cookie, body });
  assert.ok(rerun.draft && !rerun.draft.published);
  assert.equal((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driverOf.driver.cookie })).weeks.length, 1);
  assert.equal((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driverOf.other.cookie })).weeks.length, 0);
  const v2 = await publishWeek(t, organiser, week, rerun.draft.runId);
  assert.equal(v2.published?.version, 2);
  assert.equal((await pushes()).length, 2, 'both drivers told: one lost Mai, one got her');
  assert.equal((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driverOf.driver.cookie })).weeks.length, 0);
  assert.equal((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driverOf.other.cookie })).weeks[0].version, 2);
  const runs = await t.db.selectFrom('rideRun').select('id').execute();
  assert.deepEqual(runs, [{ id: rerun.draft.runId }], 'the replaced version is gone');
});

test('a driver who pauses after publishing leaves their riders unmatched, visible to the organiser; the rider sees no ride', async () => {
  await clean();
  const week = nextWeek(t);
  const tou = await t.signIn({ displayName: 'Tou' });
  await offerRides(t, tou, { firstName: 'Tou' });
  const mai = await registerRider(t, dispatcher, { firstName: 'Mai', weekdays: [2] });
  await runAndPublish(t, organiser, week);
  const link = async () =>
    (
      await call<{ weeks: { weekStart: string; days: { ride: unknown }[] }[] }>(t, 'POST', '/api/rides/link', {
        body: { token: mai.token },
      })
    ).weeks;
  assert.equal((await link()).find((w) => w.weekStart === week)?.days[0].ride !== null, true);

  const paused = await call<{ state: string }>(t, 'POST', '/api/rides/drivers/mine/state', {
    cookie: tou.cookie,
    body: { state: 'paused' },
  });
  assert.equal(paused.state, 'paused');
  const view = await call<WeekView>(t, 'GET', `/api/rides/weeks/${week}`, { cookie: organiser.cookie });
  assert.deepEqual(view.published?.dropped, [
    { weekday: 2, date: addDays(week, 1), riderFirstName: 'Mai', driverFirstName: 'Tou', reason: 'driver_left' },
  ]);
  const tuesday = view.draft?.days.find((d) => d.weekday === 2);
  assert.deepEqual(
    tuesday?.unmatched.map((u) => u.riderFirstName),
    ['Mai'],
  );
  assert.equal(tuesday?.pairs[0].cancelled, 'driver_left');
  assert.deepEqual((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: tou.cookie })).weeks, []);
  assert.deepEqual(
    (await link()).find((w) => w.weekStart === week)?.days.map((d) => d.ride),
    [null],
  );

  // Back from the pause: a new run includes Tou again.
  await call(t, 'POST', '/api/rides/drivers/mine/state', { cookie: tou.cookie, body: { state: 'active' } });
  const rerun = await runWeek(t, organiser, week);
  assert.deepEqual(
    rerun.draft?.days.find((d) => d.weekday === 2)?.pairs.map((p) => [p.riderFirstName, p.driverFirstName, p.cancelled]),
    [['Mai', 'Tou', null]],
  );
});

test('drivers and riders see the days from today on: the week’s past days drop away', async () => {
  await clean();
  const current = addDays(nextWeek(t), -7);
  const tou = await t.signIn();
  await offerRides(t, tou, { firstName: 'Tou' });
  const mai = await registerRider(t, dispatcher, { firstName: 'Mai' });
  await runAndPublish(t, organiser, current);
  // The test clock says Friday morning in Minneapolis.
  const friday = addDays(current, 4);
  const driving = await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: tou.cookie });
  assert.deepEqual(
    driving.weeks.map((w) => w.days.map((d) => d.date)),
    [[friday]],
  );
  const view = await call<RiderView>(t, 'POST', '/api/rides/link', { body: { token: mai.token } });
  assert.deepEqual(
    view.weeks.map((w) => w.days.map((d) => [d.date, d.ride?.driverFirstName])),
    [[[friday, 'Tou']]],
  );
  t.clock.advance(DAY);
  assert.deepEqual((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: tou.cookie })).weeks, []);
  t.clock.advance(-DAY);
});
