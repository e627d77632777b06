import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { WeekView } from './contract';
import { call, driverInput, errorCode, type Member, nextWeek, offerRides, registerRider, runWeek, withZones } from './test-helpers';
import { addDays, weekOf } from './week';

/** The week's rules under concurrent requests (PostgreSQL runs them at once; SQLite has one writer). */
let t: TestApp;
let organiser: Member;
let dispatcher: Member;
before(async () => {
  t = await createTestApp();
  await withZones(t);
  organiser = await t.signIn({ roles: ['organiser'] });
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
  await offerRides(t, await t.signIn(), { firstName: 'Tou', seats: 3 });
  for (const name of ['Pa Houa', 'Mai', 'Kou']) await registerRider(t, dispatcher, { firstName: name });
});
after(() => t.close());

const weekRow = (week: string) => t.db.selectFrom('rideWeek').selectAll().where('weekStart', '=', week).executeTakeFirstOrThrow();
const runIds = async (week: string) =>
  (await t.db.selectFrom('rideRun').select('id').where('weekStart', '=', week).execute()).map((r) => r.id).sort();

test('concurrent runs leave exactly one draft and no stray runs', async () => {
  const week = nextWeek(t);
  const views = await Promise.all(Array.from({ length: 6 }, () => runWeek(t, organiser, week)));
  assert.equal(views.length, 6);
  const row = await weekRow(week);
  assert.deepEqual(await runIds(week), [row.draftRunId]);
  const assignments = await t.db.selectFrom('rideAssignment').select('runId').execute();
  assert.ok(assignments.length === 15 && assignments.every((a) => a.runId === row.draftRunId), 'five days of three riders, one run');
});

test('the same draft published at once by several organisers is one version; a publish racing a run never publishes a deleted draft', async () => {
  const week = addDays(nextWeek(t), 7);
  const draft = (await runWeek(t, organiser, week)).draft;
  assert.ok(draft);
  const results = await Promise.all(
    Array.from({ length: 8 }, () =>
      t.call('POST', `/api/rides/weeks/${week}/publish`, { cookie: organiser.cookie, body: { runId: draft.runId } }),
    ),
  );
  assert.deepEqual(
    results.map((r) => r.status),
    Array(8).fill(200),
  );
  assert.deepEqual({ version: (await weekRow(week)).version, run: (await weekRow(week)).publishedRunId }, { version: 1, run: draft.runId });

  const next = (await runWeek(t, organiser, week)).draft;
  assert.ok(next);
  const [publish] = await Promise.all([
    t.call('POST', `/api/rides/weeks/${week}/publish`, { cookie: organiser.cookie, body: { runId: next.runId } }),
    runWeek(t, dispatcher, week),
    runWeek(t, dispatcher, week),
  ]);
  assert.ok([200, 409].includes(publish.status), `publish answered ${publish.status}`);
  const row = await weekRow(week);
  assert.equal(row.version, publish.status === 200 ? 2 : 1);
  const kept = await runIds(week);
  assert.ok(row.publishedRunId && kept.includes(row.publishedRunId), 'what is published exists');
  assert.ok(row.draftRunId && kept.includes(row.draftRunId));
  assert.equal(kept.length, row.draftRunId === row.publishedRunId ? 1 : 2, 'nothing else kept');
});

test('a member offering rides twice at once gets one offer and a conflict', async () => {
  const member = await t.signIn();
  const results = await Promise.all(
    Array.from({ length: 4 }, () => t.call('POST', '/api/rides/drivers', { cookie: member.cookie, body: driverInput() })),
  );
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409]);
  assert.deepEqual(await Promise.all(results.filter((r) => r.status === 409).map(errorCode)), [
    'driver_exists',
    'driver_exists',
    'driver_exists',
  ]);
  const rows = await t.db.selectFrom('rideDriver').select('id').where('memberId', '=', member.id).execute();
  assert.equal(rows.length, 1);
});

test('weeks are named by their Monday; a week that is over can be looked at, not run or published', async () => {
  const week = nextWeek(t);
  const tuesday = await t.call('POST', `/api/rides/weeks/${addDays(week, 1)}/run`, { cookie: organiser.cookie });
  assert.deepEqual([tuesday.status, await errorCode(tuesday)], [400, 'not_a_monday']);
  assert.equal((await t.call('GET', '/api/rides/weeks/2027-02-30', { cookie: organiser.cookie })).status, 400);
  const past = addDays(weekOf(t.clock.now(), t.config.timeZone), -7);
  const over = await t.call('POST', `/api/rides/weeks/${past}/run`, { cookie: organiser.cookie });
  assert.deepEqual([over.status, await errorCode(over)], [409, 'week_over']);
  const view = await call<WeekView>(t, 'GET', `/api/rides/weeks/${past}`, { cookie: organiser.cookie });
  assert.deepEqual({ over: view.over, draft: view.draft, published: view.published }, { over: true, draft: null, published: null });
  const caseworker = await t.signIn({ roles: ['caseworker'] });
  const refused = await t.call('POST', `/api/rides/weeks/${week}/run`, { cookie: caseworker.cookie });
  assert.deepEqual([refused.status, await errorCode(refused)], [403, 'role_required']);
});

test('a driver pausing and a rider ending while weeks run: no run keeps a live pair with either', async () => {
  // Different weeks run side by side (each locks only its own week), the pause and the end among them.
  const weeks = Array.from({ length: 6 }, (_, i) => addDays(nextWeek(t), 14 + 7 * i));
  const driver = await t.signIn();
  const offer = await offerRides(t, driver, { firstName: 'Vang', seats: 3 });
  const rider = await registerRider(t, dispatcher, { firstName: 'Nou' });
  await Promise.all([
    ...weeks.slice(0, 3).map((week) => runWeek(t, organiser, week)),
    call(t, 'POST', '/api/rides/drivers/mine/state', { cookie: driver.cookie, body: { state: 'paused' } }),
    call(t, 'POST', `/api/rides/riders/${rider.rider.id}/end`, { cookie: dispatcher.cookie }),
    ...weeks.slice(3).map((week) => runWeek(t, dispatcher, week)),
  ]);
  const live = await t.db
    .selectFrom('rideAssignment')
    .select(['driverId', 'riderId'])
    .where('cancelledAt', 'is', null)
    .where((eb) => eb.or([eb('driverId', '=', offer.id), eb('riderId', '=', rider.rider.id)]))
    .where('driverId', 'is not', null)
    .execute();
  assert.deepEqual(live, []);
});
