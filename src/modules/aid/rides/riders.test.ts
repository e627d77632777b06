import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hashToken } from '../../../core/ids';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { MyRiding, RiderLink, RiderList, RiderView } from './contract';
import { call, errorCode, type Member, nextWeek, offerRides, registerRider, riderInput, runAndPublish, withZones } from './test-helpers';

/** Riders: who may register whom, the secret link, ending, and new links. */
let t: TestApp;
let organiser: Member;
let dispatcher: Member;
let caseworker: Member;
before(async () => {
  t = await createTestApp();
  await withZones(t);
  organiser = await t.signIn({ roles: ['organiser'] });
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
  caseworker = await t.signIn({ roles: ['caseworker'] });
});
after(() => t.close());

const count = async () => (await t.db.selectFrom('rideRider').select('id').execute()).length;
const link = (token: string) => t.call('POST', '/api/rides/link', { body: { token } });

test('a hotline operator registers a rider: coarse places kept, the link given once and only its hash stored', async () => {
  const { rider, token } = await registerRider(t, dispatcher, { firstName: 'Fartun', language: 'so' });
  assert.deepEqual(
    { name: rider.firstName, zone: rider.pickup.zone?.name, to: rider.destination.zone?.name, days: rider.weekdays, time: rider.time },
    { name: 'Fartun', zone: 'Jordan', to: 'North Loop', days: [1, 2, 3, 4, 5], time: '07:30' },
  );
  assert.match(rider.pickup.cell, /^[0-9a-f]{15}$/);
  const row = await t.db.selectFrom('rideRider').selectAll().where('id', '=', rider.id).executeTakeFirstOrThrow();
  assert.equal(row.tokenHash, hashToken(token));
  assert.ok(!JSON.stringify(row).includes(token), 'the token itself is never stored');
  assert.ok(!JSON.stringify(row).includes('45.002'), 'nor the point');
  const view = await call<RiderView>(t, 'POST', '/api/rides/link', { body: { token } });
  assert.deepEqual(view, { language: 'so', weeks: [] }, 'nothing published yet');
  assert.equal((await link('x'.repeat(43))).status, 404);
});

test('only a hotline operator, caseworker or organiser registers someone else; any trusted member may ask for themselves', async () => {
  const member = await t.signIn();
  const before = await count();
  const res = await t.call('POST', '/api/rides/riders', { cookie: member.cookie, body: riderInput() });
  assert.deepEqual([res.status, await errorCode(res)], [403, 'rider_for_others_not_allowed']);
  const untrusted = await t.signIn({ trusted: false });
  assert.equal((await t.call('POST', '/api/rides/riders', { cookie: untrusted.cookie, body: riderInput({ forSelf: true }) })).status, 403);
  assert.equal(await count(), before);

  const own = await registerRider(t, member, { firstName: 'Me', forSelf: true });
  assert.equal(own.rider.forSelf, true);
  const mine = await call<MyRiding>(t, 'GET', '/api/rides/riders/mine', { cookie: member.cookie });
  assert.deepEqual(
    mine.riders.map((r) => r.rider.id),
    [own.rider.id],
  );
  assert.deepEqual((await call<MyRiding>(t, 'GET', '/api/rides/riders/mine', { cookie: organiser.cookie })).riders, []);
});

test('a case link needs a caseworker assigned to the case; anyone else is refused and nothing is written', async () => {
  const opened = await t.call('POST', '/api/cases', {
    cookie: caseworker.cookie,
    body: { label: 'Household at Cedar 3', contact: '612-555-0134' },
  });
  assert.equal(opened.status, 201, await opened.clone().text());
  const caseId = ((await opened.json()) as { id: string }).id;
  const before = await count();
  const refusals: [Member, number, string][] = [
    [dispatcher, 403, 'not_assigned'],
    [await t.signIn({ roles: ['caseworker'] }), 403, 'not_assigned'],
    [await t.signIn({ roles: ['admin'] }), 403, 'not_assigned'],
  ];
  for (const [who, status, code] of refusals) {
    const res = await t.call('POST', '/api/rides/riders', { cookie: who.cookie, body: riderInput({ caseId }) });
    assert.deepEqual([res.status, await errorCode(res)], [status, code]);
  }
  const unknown = await t.call('POST', '/api/rides/riders', { cookie: caseworker.cookie, body: riderInput({ caseId: 'no-such-case' }) });
  assert.deepEqual([unknown.status, await errorCode(unknown)], [404, 'not_found']);
  assert.equal(await count(), before);

  const linked = await registerRider(t, caseworker, { firstName: 'Cedar', caseId });
  assert.equal(linked.rider.hasCase, true);
  const row = await t.db.selectFrom('rideRider').select('caseId').where('id', '=', linked.rider.id).executeTakeFirstOrThrow();
  assert.equal(row.caseId, caseId);
});

test('places outside the network, bad times and days are refused with the field named', async () => {
  const cases: [Record<string, unknown>, string, string][] = [
    [{ pickup: { lat: 44.8, lng: -93.0 } }, 'outside_network', 'pickup'],
    [{ destination: { lat: 40, lng: -100 } }, 'outside_network', 'destination'],
    [{ time: '7:30' }, 'invalid_input', 'time'],
    [{ weekdays: [] }, 'invalid_input', 'weekdays'],
    [{ weekdays: [8] }, 'invalid_input', 'weekdays.0'],
    [{ firstName: '  ' }, 'invalid_input', 'firstName'],
  ];
  const before = await count();
  for (const [over, code, field] of cases) {
    const res = await t.call('POST', '/api/rides/riders', { cookie: dispatcher.cookie, body: { ...riderInput(), ...over } });
    const body = (await res.json()) as { error: { code: string; field: string } };
    assert.deepEqual([res.status, body.error.code, body.error.field], [400, code, field], JSON.stringify(over));
  }
  assert.equal(await count(), before);
});

test('organisers and dispatchers list every rider, a caseworker only theirs; never an address', async () => {
  const mine = await registerRider(t, caseworker, { firstName: 'Xee' });
  const all = await call<RiderList>(t, 'GET', '/api/rides/riders', { cookie: organiser.cookie });
  assert.ok(all.riders.length > 1 && all.riders.some((r) => r.id === mine.rider.id));
  assert.deepEqual((await call<RiderList>(t, 'GET', '/api/rides/riders', { cookie: dispatcher.cookie })).riders.length, all.riders.length);
  const theirs = await call<RiderList>(t, 'GET', '/api/rides/riders', { cookie: caseworker.cookie });
  const registered = await t.db.selectFrom('rideRider').select('id').where('createdBy', '=', caseworker.id).execute();
  assert.ok(theirs.riders.some((r) => r.id === mine.rider.id));
  assert.deepEqual(theirs.riders.map((r) => r.id).sort(), registered.map((r) => r.id).sort());
  assert.ok(theirs.riders.length < all.riders.length);
  assert.ok(!JSON.stringify(all).includes('Canary'), 'no address listed');
});

test('ending a rider stops the link and gives up their seats; a new link replaces the old one', async () => {
  const other = await t.signIn({ roles: ['caseworker'] });
  const { rider, token } = await registerRider(t, caseworker, { firstName: 'Nou', weekdays: [3] });
  const renewed = await call<RiderLink>(t, 'POST', `/api/rides/riders/${rider.id}/link`, { cookie: caseworker.cookie });
  assert.equal((await link(token)).status, 404, 'the old link stopped working');
  assert.equal((await link(renewed.token)).status, 200);
  const refused = await t.call('POST', `/api/rides/riders/${rider.id}/end`, { cookie: other.cookie });
  assert.deepEqual([refused.status, await errorCode(refused)], [403, 'not_your_rider']);

  const driver = await t.signIn();
  await offerRides(t, driver, { weekdays: [3], seats: 8 });
  await runAndPublish(t, organiser, nextWeek(t));
  const before = await call<RiderView>(t, 'POST', '/api/rides/link', { body: { token: renewed.token } });
  assert.equal(before.weeks[0]?.days[0]?.ride?.driverFirstName, 'Tou');

  const ended = await call<{ state: string }>(t, 'POST', `/api/rides/riders/${rider.id}/end`, { cookie: caseworker.cookie });
  assert.equal(ended.state, 'ended');
  assert.equal((await link(renewed.token)).status, 404);
  const again = await t.call('POST', `/api/rides/riders/${rider.id}/link`, { cookie: organiser.cookie });
  assert.deepEqual([again.status, await errorCode(again)], [409, 'rider_ended']);
  const row = await t.db
    .selectFrom('rideAssignment')
    .select(['cancelReason'])
    .where('riderId', '=', rider.id)
    .where('driverId', 'is not', null)
    .execute();
  assert.deepEqual(row, [{ cancelReason: 'rider_left' }]);
});
