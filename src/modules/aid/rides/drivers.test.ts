import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { listColumns } from '../../../core/db/portable';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { Availability, MyDriving } from './contract';
import { call, driverInput, errorCode, offerRides, withZones } from './test-helpers';

/** Drivers' availability: coarse places, one offer at a time, pause, resume and end. */
let t: TestApp;
before(async () => {
  t = await createTestApp();
  await withZones(t);
});
after(() => t.close());

test('an offer keeps zones and cells, never the points; the driver sees it back', async () => {
  const driver = await t.signIn();
  const offer = await offerRides(t, driver, { seats: 3, weekdays: [5, 1, 1] });
  assert.deepEqual(
    {
      start: offer.start.zone?.name,
      end: offer.end.zone?.name,
      seats: offer.seats,
      days: offer.weekdays,
      from: offer.departFrom,
      state: offer.state,
    },
    { start: 'Jordan', end: 'North Loop', seats: 3, days: [1, 5], from: '06:30', state: 'active' },
  );
  const mine = await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driver.cookie });
  assert.deepEqual(mine, { availability: offer, weeks: [] });
  const columns = (await listColumns(t.db as never, t.ctx.dialect)).filter((c) => c.table.startsWith('ride_'));
  assert.ok(columns.length > 20);
  assert.deepEqual(
    columns.filter((c) => /lat|lng|lon/.test(c.column)),
    [],
    'no table of rides has a coordinate',
  );
});

test('bad offers are refused with the field named and nothing written', async () => {
  const driver = await t.signIn();
  const cases: [Record<string, unknown>, string, string][] = [
    [{ departFrom: '08:00', departTo: '07:00' }, 'window_reversed', 'departTo'],
    [{ start: { lat: 44.8, lng: -93.0 } }, 'outside_network', 'start'],
    [{ end: { lat: 40, lng: -100 } }, 'outside_network', 'end'],
    [{ seats: 0 }, 'invalid_input', 'seats'],
    [{ seats: 9 }, 'invalid_input', 'seats'],
    [{ departTo: '24:00' }, 'invalid_input', 'departTo'],
  ];
  for (const [over, code, field] of cases) {
    const res = await t.call('POST', '/api/rides/drivers', { cookie: driver.cookie, body: { ...driverInput(), ...over } });
    const body = (await res.json()) as { error: { code: string; field: string } };
    assert.deepEqual([res.status, body.error.code, body.error.field], [400, code, field], JSON.stringify(over));
  }
  assert.equal((await t.db.selectFrom('rideDriver').select('id').where('memberId', '=', driver.id).execute()).length, 0);
  const untrusted = await t.signIn({ trusted: false });
  const res = await t.call('POST', '/api/rides/drivers', { cookie: untrusted.cookie, body: driverInput() });
  assert.deepEqual([res.status, await errorCode(res)], [403, 'not_vouched']);
});

test('a driver pauses, resumes and ends; then may offer again', async () => {
  const driver = await t.signIn();
  const state = (s: string) => t.call('POST', '/api/rides/drivers/mine/state', { cookie: driver.cookie, body: { state: s } });
  assert.equal((await state('paused')).status, 404, 'nothing to pause yet');
  const offer = await offerRides(t, driver);
  const again = await t.call('POST', '/api/rides/drivers', { cookie: driver.cookie, body: driverInput() });
  assert.deepEqual([again.status, await errorCode(again)], [409, 'driver_exists']);
  assert.equal(((await (await state('paused')).json()) as Availability).state, 'paused');
  assert.equal(((await (await state('active')).json()) as Availability).state, 'active');
  const ended = await state('ended');
  assert.equal(ended.status, 200);
  assert.equal(await ended.json(), null);
  assert.equal((await call<MyDriving>(t, 'GET', '/api/rides/drivers/mine', { cookie: driver.cookie })).availability, null);
  const row = await t.db.selectFrom('rideDriver').selectAll().where('id', '=', offer.id).executeTakeFirstOrThrow();
  assert.deepEqual({ state: row.state, live: row.liveMemberId, ended: row.endedAt }, { state: 'ended', live: null, ended: t.clock.now() });
  const fresh = await offerRides(t, driver, { seats: 1 });
  assert.notEqual(fresh.id, offer.id);
  const audit = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', offer.id).orderBy('at').orderBy('id').execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['ride.driver_registered', 'ride.driver_paused', 'ride.driver_active', 'ride.driver_ended'],
  );
});
