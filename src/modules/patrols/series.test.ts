import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { addDays, isoWeekday, localInstant, localTimeAt } from '../../core/local-time';
import type { TestApp } from '../../test-support/test-app';
import type { SeriesSaved, Site, SiteDetail } from './contract';
import { HORIZON_DAYS } from './limits';
import { extendShifts } from './materialise';
import {
  act,
  aShift,
  type Member,
  makeSeries,
  makeSite,
  ok,
  patrolsTestApp,
  refusal,
  seriesInput,
  shiftsOf,
  signUp,
  siteInput,
  today,
} from './test-helpers';

/** Sites and recurring shifts: made ahead to a horizon, extended by an idempotent tick, edited sensibly. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

const weekdaysBetween = (from: string, through: string, days: number[]) => {
  let n = 0;
  for (let d = from; d <= through; d = addDays(d, 1)) if (days.includes(isoWeekday(d))) n++;
  return n;
};

test('a site needs a real zone and a name; organisers list and change it', async () => {
  const unknown = await t.call('POST', '/api/patrols/sites', { cookie: organiser.cookie, body: siteInput('no-such-zone') });
  assert.deepEqual(await refusal(unknown), {
    status: 400,
    code: 'unknown_zone',
    message: 'There is no such neighbourhood.',
    field: 'zoneId',
  });
  const noName = await t.call('POST', '/api/patrols/sites', { cookie: organiser.cookie, body: siteInput(zones.cedar, { name: ' ' }) });
  assert.equal((await refusal(noName)).field, 'name');
  const site = await makeSite(t, organiser, siteInput(zones.cedar, { name: 'Riverside mosque', kind: 'mosque', point: null }));
  assert.deepEqual(site.zone, { id: zones.cedar, name: 'Cedar-Riverside' });
  const changed = await ok<Site>(
    await t.call('PUT', `/api/patrols/sites/${site.id}`, {
      cookie: organiser.cookie,
      body: siteInput(zones.cedar, { name: 'Riverside mosque, front steps', kind: 'mosque' }),
    }),
  );
  assert.equal(changed.name, 'Riverside mosque, front steps');
  assert.deepEqual(changed.point, { lat: 44.9484, lng: -93.2571 });
  const { sites } = await ok<{ sites: Site[] }>(await t.call('GET', '/api/patrols/sites', { cookie: organiser.cookie }));
  assert.ok(sites.some((s) => s.id === site.id));
});

test('a series makes its shifts to the horizon; the tick extends them once, however many nodes run it', async () => {
  const site = await makeSite(t, organiser, siteInput(zones.powderhorn));
  const saved = await makeSeries(t, organiser, site.id, seriesInput(t, { weekdays: [1, 3, 5] }));
  const horizon = addDays(today(t), HORIZON_DAYS);
  // The clock stands at 06:00 on a Friday: today's 07:30 shift is still to come.
  const expected = weekdaysBetween(today(t), horizon, [1, 3, 5]);
  assert.equal(saved.upcoming, expected);
  assert.equal((await shiftsOf(t, saved.series.id)).length, expected);

  t.clock.advance(7 * DAY);
  const added = await Promise.all([extendShifts(t.ctx), extendShifts(t.ctx), extendShifts(t.ctx)]);
  const shifts = await shiftsOf(t, saved.series.id);
  assert.equal(shifts.length, weekdaysBetween(addDays(today(t), -7), addDays(horizon, 7), [1, 3, 5]));
  assert.ok(added.reduce((a, b) => a + b, 0) >= 3, 'the new week was added');
  assert.equal(new Set(shifts.map((s) => s.localDate)).size, shifts.length, 'one shift a day, never two');
  assert.equal(await extendShifts(t.ctx), 0, 'nothing more to add until tomorrow');
  for (const s of shifts) {
    assert.ok([1, 3, 5].includes(isoWeekday(s.localDate)));
    assert.equal(s.startsAt, localInstant(s.localDate, '07:30', t.config.timeZone));
  }
});

test('the November DST change: shifts made weeks ahead keep 07:30 local', async () => {
  t.clock.set(Date.UTC(2026, 9, 20, 15, 0));
  // Sessions from January have long expired by October.
  organiser = await t.signIn({ roles: ['organiser'] });
  const { series } = await aShift(t, organiser, zones.central, { startsOn: '2026-10-26' });
  const shifts = await shiftsOf(t, series.id);
  const around = shifts.filter((s) => s.localDate >= '2026-10-29' && s.localDate <= '2026-11-03');
  assert.deepEqual(
    around.map((s) => [s.localDate, localTimeAt(s.startsAt, t.config.timeZone), new Date(s.startsAt).toISOString().slice(11, 16)]),
    [
      ['2026-10-29', '07:30', '12:30'],
      ['2026-10-30', '07:30', '12:30'],
      ['2026-11-02', '07:30', '13:30'],
      ['2026-11-03', '07:30', '13:30'],
    ],
  );
});

test('editing a series: unbooked future shifts follow the new rule; booked ones keep their time and qualification', async () => {
  const { series, shift } = await aShift(t, organiser, zones.powderhorn, { maxPeople: 3, requiredQualification: null });
  const volunteers = [await t.signIn(), await t.signIn()];
  for (const v of volunteers) await signUp(t, v, shift.id);
  const before = await shiftsOf(t, series.id);
  const edited = await ok<SeriesSaved>(
    await t.call('PUT', `/api/patrols/series/${series.id}`, {
      cookie: organiser.cookie,
      body: seriesInput(t, { startTime: '07:00', endTime: '08:15', minPeople: 1, maxPeople: 1, requiredQualification: 'legal_observer' }),
    }),
  );
  assert.equal(edited.keptBooked, 1);
  const after = await shiftsOf(t, series.id);
  assert.equal(after.length, before.length);
  const booked = after.find((s) => s.id === shift.id);
  assert.ok(booked, 'the booked shift is the same row');
  assert.deepEqual(
    [booked.startTime, booked.endTime, booked.requiredQualification, booked.minPeople, booked.maxPeople, booked.taken],
    ['07:30', '08:30', null, 1, 2, 2],
    'its time and qualification stay; its maximum never drops below the two people on it',
  );
  for (const s of after.filter((x) => x.id !== shift.id)) {
    assert.deepEqual([s.startTime, s.endTime, s.requiredQualification, s.maxPeople], ['07:00', '08:15', 'legal_observer', 1]);
    assert.equal(localTimeAt(s.startsAt, t.config.timeZone), '07:00');
  }
  const detail = await ok<SiteDetail>(await t.call('GET', `/api/patrols/sites/${series.siteId}`, { cookie: organiser.cookie }));
  assert.deepEqual(
    detail.series.map((s) => [s.startTime, s.requiredQualification]),
    [['07:00', 'legal_observer']],
  );
});

test('bad rules are refused with the field named, and nothing is written', async () => {
  const site = await makeSite(t, organiser, siteInput(zones.powderhorn));
  const cases: [Record<string, unknown>, string, string][] = [
    [{ minPeople: 3, maxPeople: 2 }, 'max_below_min', 'maxPeople'],
    [{ startTime: '07:30', endTime: '07:30' }, 'same_start_and_end', 'endTime'],
    [{ startsOn: '2027-02-30' }, 'not_a_date', 'startsOn'],
    [{ endsOn: addDays(today(t), -1), startsOn: addDays(today(t), -7) }, 'series_ends_in_past', 'endsOn'],
    [{ endsOn: addDays(today(t), 3), startsOn: addDays(today(t), 5) }, 'series_ends_before_start', 'endsOn'],
    [{ startTime: '7:30' }, 'invalid_input', 'startTime'],
    [{ weekdays: [1, 1] }, 'invalid_input', 'weekdays'],
    [{ weekdays: [] }, 'invalid_input', 'weekdays'],
    [{ requiredQualification: 'sharpshooter' }, 'invalid_input', 'requiredQualification'],
  ];
  for (const [overrides, code, field] of cases) {
    const res = await t.call('POST', `/api/patrols/sites/${site.id}/series`, { cookie: organiser.cookie, body: seriesInput(t, overrides) });
    const error = await refusal(res);
    assert.deepEqual([error.status, error.code, error.field], [400, code, field], JSON.stringify(overrides));
  }
  const count = await t.db.selectFrom('patrolSeries').select('id').where('siteId', '=', site.id).execute();
  assert.equal(count.length, 0);
});

test('archiving a site ends its series today and removes unbooked shifts; booked ones stay until cancelled', async () => {
  const { site, series, shift } = await aShift(t, organiser, zones.cedar);
  const member = await t.signIn();
  const mine = await signUp(t, member, shift.id);
  await ok(await t.call('POST', `/api/patrols/sites/${site.id}/archive`, { cookie: organiser.cookie }));
  assert.deepEqual(
    (await shiftsOf(t, series.id)).map((s) => s.id),
    [shift.id],
  );
  const again = await t.call('POST', `/api/patrols/sites/${site.id}/series`, { cookie: organiser.cookie, body: seriesInput(t) });
  assert.equal((await refusal(again)).code, 'site_archived');
  // The organiser cancels the booked one: the member still sees it, cancelled.
  await ok(await t.call('POST', `/api/patrols/shifts/${shift.id}/cancel`, { cookie: organiser.cookie }));
  const { signups } = await ok<{ signups: { id: string; shift: { state: string } }[] }>(
    await t.call('GET', '/api/patrols/mine', { cookie: member.cookie }),
  );
  assert.deepEqual(
    signups.map((s) => [s.id, s.shift.state]),
    [[mine.id, 'cancelled']],
  );
  assert.equal((await refusal(await act(t, member, mine.id, 'check-in'))).code, 'shift_cancelled');
  t.clock.advance(DAY);
  await extendShifts(t.ctx);
  assert.deepEqual(
    (await shiftsOf(t, series.id)).map((s) => s.id),
    [shift.id],
    'an archived site gets no new shifts',
  );
});
