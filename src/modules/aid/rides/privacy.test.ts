import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { MyDriving, RideAddresses, RiderView, WeekView } from './contract';
import { call, errorCode, type Member, nextWeek, offerRides, registerRider, runWeek, withZones } from './test-helpers';

/**
 * Drivers and riders see only what they need: addresses reach only the driver of a published ride,
 * one audited reveal at a time; organisers see zones, cells and first names. Every response is
 * scanned for canary addresses.
 */
const PICKUP = 'Canary-Pickup 4417 Emerson Ave N';
const DESTINATION = 'Canary-Work 900 N 3rd St, door B';
const OTHER_PICKUP = 'Canary-Other 12 Lake St';

let t: TestApp;
let organiser: Member;
let dispatcher: Member;
let tou: Member;
let vang: Member;
let week: string;
let token: string;
let riderId: string;
/** Every response body seen, to scan for the canaries. */
const seen: { what: string; text: string }[] = [];

async function look<T>(what: string, method: string, path: string, opts: { cookie?: string; body?: unknown } = {}): Promise<T> {
  const res = await t.call(method, path, opts);
  const text = await res.text();
  assert.equal(res.status, 200, `${what}: ${text}`);
  seen.push({ what, text });
  return JSON.parse(text) as T;
}

before(async () => {
  t = await createTestApp();
  await withZones(t);
  organiser = await t.signIn({ roles: ['organiser'] });
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
  tou = await t.signIn({ displayName: 'Tou Vue (member)' });
  vang = await t.signIn({ displayName: 'Vang Lee (member)' });
  await offerRides(t, tou, { firstName: 'Tou', vehicleNote: 'Silver minivan' });
  // Vang drives on the south side: never Pa Houa's driver.
  await offerRides(t, vang, {
    firstName: 'Vang',
    start: { lat: 44.9418, lng: -93.255 },
    end: { lat: 44.9782, lng: -93.2725 },
    departFrom: '07:30',
    departTo: '08:15',
  });
  const registered = await registerRider(t, dispatcher, { firstName: 'Pa Houa', pickupAddress: PICKUP, destinationAddress: DESTINATION });
  ({ token } = registered);
  riderId = registered.rider.id;
  await registerRider(t, dispatcher, {
    firstName: 'Lupe',
    pickupAddress: OTHER_PICKUP,
    pickup: { lat: 44.944, lng: -93.25 },
    destination: { lat: 44.977, lng: -93.27 },
    time: '08:30',
  });
  week = nextWeek(t);
});
after(() => t.close());

test('before publishing, drivers see nothing and no address can be revealed', async () => {
  const view = await runWeek(t, organiser, week);
  const draftRow = await t.db.selectFrom('rideAssignment').select('id').where('riderId', '=', riderId).executeTakeFirstOrThrow();
  const res = await t.call('GET', `/api/rides/assignments/${draftRow.id}/addresses`, { cookie: tou.cookie });
  assert.equal(res.status, 404, 'a draft is not a ride yet');
  assert.deepEqual((await look<MyDriving>('draft: Tou', 'GET', '/api/rides/drivers/mine', { cookie: tou.cookie })).weeks, []);
  assert.ok(view.draft);
  await look('publish', 'POST', `/api/rides/weeks/${week}/publish`, { cookie: organiser.cookie, body: { runId: view.draft.runId } });
});

test('a driver sees their riders’ first names, times and zones — never another driver’s riders', async () => {
  const mine = await look<MyDriving>('Tou', 'GET', '/api/rides/drivers/mine', { cookie: tou.cookie });
  const riders = mine.weeks.flatMap((w) => w.days.flatMap((d) => d.riders));
  assert.equal(riders.length, 5, 'Pa Houa, Monday to Friday');
  for (const r of riders) {
    assert.deepEqual(Object.keys(r).sort(), ['assignmentId', 'destinationZone', 'firstName', 'pickupTime', 'pickupZone']);
    assert.deepEqual([r.firstName, r.pickupZone?.name, r.destinationZone?.name], ['Pa Houa', 'Jordan', 'North Loop']);
  }
  const theirs = await look<MyDriving>('Vang', 'GET', '/api/rides/drivers/mine', { cookie: vang.cookie });
  const names = new Set(theirs.weeks.flatMap((w) => w.days.flatMap((d) => d.riders.map((r) => r.firstName))));
  assert.deepEqual([...names], ['Lupe']);
});

test('the addresses go to the assigned driver only, each reveal audited', async () => {
  const mine = await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: tou.cookie });
  const ride = mine.weeks[0].days[0].riders[0];
  const path = `/api/rides/assignments/${ride.assignmentId}/addresses`;
  const audits = () => t.db.selectFrom('auditLog').selectAll().where('action', '=', 'ride.address_revealed').execute();

  for (const [who, member] of [
    ['Vang', vang],
    ['the organiser', organiser],
    ['the dispatcher who registered her', dispatcher],
  ] as const) {
    const res = await t.call('GET', path, { cookie: member.cookie });
    assert.deepEqual([res.status, await errorCode(res)], [403, 'not_your_ride'], who);
  }
  assert.equal((await t.call('GET', path)).status, 401);
  assert.deepEqual(await audits(), [], 'refusals reveal nothing and record no reveal');

  const addresses = await call<RideAddresses>(t, 'GET', path, { cookie: tou.cookie });
  assert.deepEqual(addresses, { pickupAddress: PICKUP, destinationAddress: DESTINATION });
  await call<RideAddresses>(t, 'GET', path, { cookie: tou.cookie });
  const entries = await audits();
  assert.equal(entries.length, 2, 'every reveal');
  assert.ok(entries.every((e) => e.memberId === tou.id && e.objectType === 'ride_rider' && e.objectId === riderId));
});

test('the rider’s link shows the driver’s first name, vehicle note and time, nothing else', async () => {
  const view = await look<RiderView>('rider link', 'POST', '/api/rides/link', { body: { token } });
  assert.equal(view.language, 'hmn');
  const days = view.weeks.find((w) => w.weekStart === week)?.days ?? [];
  assert.equal(days.length, 5);
  for (const d of days) {
    assert.deepEqual(Object.keys(d.ride ?? {}).sort(), ['driverFirstName', 'pickupTime', 'vehicleNote']);
    assert.deepEqual([d.ride?.driverFirstName, d.ride?.vehicleNote], ['Tou', 'Silver minivan']);
  }
  const text = JSON.stringify(view);
  for (const secret of ['Tou Vue', 'Jordan', 'North Loop', 'Lupe', 'Vang']) assert.ok(!text.includes(secret), `the link shows ${secret}`);
});

test('organisers and dispatchers see zones, cells and first names; no response but the reveal holds an address', async () => {
  const organising = await look<WeekView>('week', 'GET', `/api/rides/weeks/${week}`, { cookie: organiser.cookie });
  const pair = organising.draft?.days[0].pairs.find((p) => p.riderFirstName === 'Pa Houa');
  assert.deepEqual([pair?.pickup.zone?.name, pair?.driverFirstName], ['Jordan', 'Tou']);
  assert.match(pair?.pickup.cell ?? '', /^[0-9a-f]{15}$/);
  await look('week as the dispatcher', 'GET', `/api/rides/weeks/${week}`, { cookie: dispatcher.cookie });
  await look('weeks', 'GET', '/api/rides/weeks', { cookie: organiser.cookie });
  await look('riders', 'GET', '/api/rides/riders', { cookie: organiser.cookie });
  await look('run', 'POST', `/api/rides/weeks/${week}/run`, { cookie: organiser.cookie });
  await look('new link', 'POST', `/api/rides/riders/${riderId}/link`, { cookie: dispatcher.cookie });
  for (const { what, text } of seen)
    for (const canary of ['Canary', '4417', 'Emerson', 'door B']) assert.ok(!text.includes(canary), `${what} shows ${canary}`);
  assert.ok(seen.length >= 10);
});
