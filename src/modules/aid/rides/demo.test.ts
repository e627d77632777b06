import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import { membersModule } from '../../members';
import type { WeekView } from './contract';
import { seedDemoRides } from './demo';
import { call, withZones } from './test-helpers';
import { weekOf } from './week';

let t: TestApp;
before(async () => {
  t = await createTestApp();
  await withZones(t);
  await membersModule.seedDemo?.(t.ctx);
});
after(() => t.close());

test('the demo: five member drivers, twelve riders around Minneapolis, this week published', async () => {
  await seedDemoRides(t.ctx);
  await seedDemoRides(t.ctx);
  const riders = await t.db.selectFrom('rideRider').selectAll().execute();
  const drivers = await t.db.selectFrom('rideDriver').selectAll().execute();
  assert.deepEqual([riders.length, drivers.length], [12, 5], 'seeding twice adds nothing');
  assert.ok(riders.every((r) => r.demo === 1 && r.firstName.includes('(demo)') && r.pickupAddress.includes('(demo)')));
  assert.ok(drivers.every((d) => d.demo === 1 && d.vehicleNote.includes('(demo)')));

  const organiser = await t.signIn({ roles: ['organiser'] });
  const week = weekOf(t.clock.now(), t.config.timeZone);
  const view = await call<WeekView>(t, 'GET', `/api/rides/weeks/${week}`, { cookie: organiser.cookie });
  assert.equal(view.published?.version, 1);
  assert.ok(view.draft?.published);
  const monday = view.draft?.days.find((d) => d.weekday === 1);
  assert.equal(monday?.figures.matched, 11, 'every weekday rider has a driver on Monday');
  assert.deepEqual(
    view.draft?.days.filter((d) => d.weekday >= 6).flatMap((d) => d.unmatched.map((u) => u.riderFirstName)),
    ['Ahmed (demo)', 'Ahmed (demo)'],
    'nobody drives at 5 on weekend mornings from Shingle Creek',
  );
  const tou = monday?.pairs
    .filter((p) => p.driverFirstName === 'Tou')
    .map((p) => p.riderFirstName)
    .sort();
  assert.deepEqual(tou, ['Kou (demo)', 'Mai (demo)', 'Pa Houa (demo)']);
});
