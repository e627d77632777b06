import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedDemoMembers } from '../members/demo';
import { seedDemoZones } from '../zones/demo';
import type { Coverage } from './contract';
import { seedDemoPatrols } from './demo';
import { ok } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
  // Tuesday 20 January 2026, 07:00 in Minneapolis: this week's shifts are mostly still to come.
  t.clock.set(Date.UTC(2026, 0, 20, 13, 0));
  await seedDemoMembers(t.ctx);
  await seedDemoZones(t.ctx);
});
after(() => t.close());

test('the demo network has school, mosque and bus-stop shifts this week and next, in all three colours', async () => {
  await seedDemoPatrols(t.ctx);
  await seedDemoPatrols(t.ctx);
  const organiser = await t.signIn({ roles: ['organiser'] });
  const week = await ok<Coverage>(await t.call('GET', '/api/patrols/coverage', { cookie: organiser.cookie }));
  assert.ok(week.totals.green > 0 && week.totals.amber > 0 && week.totals.red > 0, JSON.stringify(week.totals));
  assert.deepEqual(
    week.zones.map((z) => [z.zone.name, z.sites.map((s) => s.name)]),
    [
      ['Cedar-Riverside', ['Riverside mosque, front steps (demo)']],
      ['Central', ['Bus stop, Lake St & Chicago Ave (demo)']],
      ['Powderhorn Park', ['Lake Street Elementary, main doors (demo)']],
    ],
    'seeding twice adds nothing',
  );
  const next = await ok<Coverage>(await t.call('GET', `/api/patrols/coverage?week=2026-01-26`, { cookie: organiser.cookie }));
  assert.ok(next.totals.red > 0);
  const tou = await t.db.selectFrom('member').select('id').where('displayName', 'like', 'Tou (demo%').executeTakeFirstOrThrow();
  const qualifications = await t.db.selectFrom('qualification').select('kind').where('memberId', '=', tou.id).execute();
  assert.ok(qualifications.some((q) => q.kind === 'legal_observer'));
  const held = await t.db
    .selectFrom('patrolSignup as su')
    .innerJoin('patrolShift as sh', 'sh.id', 'su.shiftId')
    .select(['sh.requiredQualification', 'sh.localDate'])
    .where('su.memberId', '=', tou.id)
    .orderBy('sh.startsAt')
    .execute();
  assert.deepEqual(
    held.map((r) => [r.requiredQualification, r.localDate]),
    [
      ['legal_observer', '2026-01-21'],
      ['legal_observer', '2026-01-22'],
    ],
    'Tou holds the next two legal-observer drop-offs a day or more ahead',
  );
  const rows = await t.db.selectFrom('patrolSite').select('demo').execute();
  assert.ok(rows.length === 3 && rows.every((r) => r.demo === 1));
});
