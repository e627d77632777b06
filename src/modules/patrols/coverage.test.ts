import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addDays, mondayOf } from '../../core/local-time';
import type { TestApp } from '../../test-support/test-app';
import type { Coverage } from './contract';
import {
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

/** Coverage: each shift of the week green (at least the minimum), amber (fewer) or red (nobody), by zone and site. */
let t: TestApp;
let organiser: Member;
let zones: Awaited<ReturnType<typeof patrolsTestApp>>['zones'];
before(async () => {
  ({ t, organiser, zones } = await patrolsTestApp());
});
after(() => t.close());

const coverage = async (query = '') => ok<Coverage>(await t.call('GET', `/api/patrols/coverage${query}`, { cookie: organiser.cookie }));

test('a week of shifts by zone and site, coloured by how many hold a place against the minimum', async () => {
  const school = await makeSite(t, organiser, siteInput(zones.powderhorn, { name: 'Andersen school' }));
  const mosque = await makeSite(t, organiser, siteInput(zones.cedar, { name: 'Riverside mosque', kind: 'mosque' }));
  // Friday 23 January, 06:00: this week still has today's shifts; a Friday-only series has one.
  const dropOff = await makeSeries(t, organiser, school.id, seriesInput(t, { minPeople: 2, maxPeople: 3 }));
  const prayer = await makeSeries(
    t,
    organiser,
    mosque.id,
    seriesInput(t, { label: 'Friday prayer', weekdays: [5], startTime: '12:45', endTime: '14:15', minPeople: 2 }),
  );
  const pickUp = await makeSeries(
    t,
    organiser,
    school.id,
    seriesInput(t, { label: 'Pick-up', startTime: '14:30', endTime: '15:30', minPeople: 1 }),
  );
  const [drop] = await shiftsOf(t, dropOff.series.id);
  const [friday] = await shiftsOf(t, prayer.series.id);
  const [pick] = await shiftsOf(t, pickUp.series.id);
  await signUp(t, await t.signIn(), drop.id);
  await signUp(t, await t.signIn(), drop.id);
  await signUp(t, await t.signIn(), friday.id);

  const week = await coverage();
  assert.equal(week.week, mondayOf(today(t)));
  assert.deepEqual(
    week.days,
    Array.from({ length: 7 }, (_, i) => addDays(week.week, i)),
  );
  assert.deepEqual(week.totals, { green: 1, amber: 1, red: 1 });
  assert.deepEqual(
    week.zones.map((z) => [z.zone.name, z.sites.map((s) => [s.name, s.shifts.map((x) => [x.label, x.startTime, x.taken, x.colour])])]),
    [
      ['Cedar-Riverside', [['Riverside mosque', [['Friday prayer', '12:45', 1, 'amber']]]]],
      [
        'Powderhorn Park',
        [
          [
            'Andersen school',
            [
              ['Drop-off', '07:30', 2, 'green'],
              ['Pick-up', '14:30', 0, 'red'],
            ],
          ],
        ],
      ],
    ],
  );
  assert.equal(pick.localDate, today(t));

  // Next week: five school days of each school series, one Friday prayer, nobody signed up.
  const next = await coverage(`?week=${addDays(week.week, 7)}`);
  assert.deepEqual(next.totals, { green: 0, amber: 0, red: 11 });
  const cedarOnly = await coverage(`?week=${addDays(week.week, 7)}&zone=${zones.cedar}`);
  assert.deepEqual(
    cedarOnly.zones.map((z) => z.zone.name),
    ['Cedar-Riverside'],
  );

  // A cancelled shift is no longer counted.
  await ok(await t.call('POST', `/api/patrols/shifts/${pick.id}/cancel`, { cookie: organiser.cookie }));
  assert.deepEqual((await coverage()).totals, { green: 1, amber: 1, red: 0 });
});

test('a week is named by its Monday; anything else is refused with the field named', async () => {
  const res = await t.call('GET', `/api/patrols/coverage?week=${addDays(mondayOf(today(t)), 2)}`, { cookie: organiser.cookie });
  assert.deepEqual(await refusal(res), { status: 400, code: 'not_a_monday', message: 'Choose a week by its Monday.', field: 'week' });
  const typo = await t.call('GET', '/api/patrols/coverage?wek=2026-01-19', { cookie: organiser.cookie });
  assert.equal(typo.status, 400, 'a misspelt filter is refused rather than ignored');
  const member = await t.signIn();
  assert.equal((await t.call('GET', '/api/patrols/coverage', { cookie: member.cookie })).status, 403);
});
