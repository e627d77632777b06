import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, isDate, isoWeekday, localDateAt, localInstant, localTimeAt, mondayOf } from '../../core/local-time';
import { occurrencesBetween } from './schedule';

const CHICAGO = 'America/Chicago';
const weekdays = [1, 2, 3, 4, 5];

test('a weekday series across the November DST change keeps 07:30 local; its UTC time moves an hour', () => {
  // Clocks go back at 02:00 on Sunday 1 November 2026.
  const rule = { weekdays, startTime: '07:30', endTime: '08:30', startsOn: '2026-10-26', endsOn: '2026-11-06' };
  const shifts = occurrencesBetween(rule, '2026-10-20', '2026-11-30', CHICAGO);
  assert.equal(shifts.length, 10, 'two weeks of weekdays, within the series’ own first and last day');
  for (const s of shifts) {
    assert.equal(localTimeAt(s.startsAt, CHICAGO), '07:30', s.localDate);
    assert.equal(localTimeAt(s.endsAt, CHICAGO), '08:30', s.localDate);
    assert.equal(localDateAt(s.startsAt, CHICAGO), s.localDate);
    assert.equal(s.endsAt - s.startsAt, 3_600_000);
  }
  assert.equal(new Date(shifts[4].startsAt).toISOString(), '2026-10-30T12:30:00.000Z', 'Friday before: CDT, UTC-5');
  assert.equal(new Date(shifts[5].startsAt).toISOString(), '2026-11-02T13:30:00.000Z', 'Monday after: CST, UTC-6');
});

test('the spring change too, and a night shift ends the next morning', () => {
  const night = { weekdays: [6, 7], startTime: '22:00', endTime: '06:00', startsOn: '2027-03-13', endsOn: '2027-03-14' };
  const [saturday, sunday] = occurrencesBetween(night, '2027-03-01', '2027-03-31', CHICAGO);
  assert.equal(saturday.localDate, '2027-03-13');
  // The night the clocks go forward (2027-03-14 02:00) is an hour shorter.
  assert.equal((saturday.endsAt - saturday.startsAt) / 3_600_000, 7);
  assert.equal((sunday.endsAt - sunday.startsAt) / 3_600_000, 8);
  assert.equal(localTimeAt(sunday.endsAt, CHICAGO), '06:00');
  assert.equal(localDateAt(sunday.endsAt, CHICAGO), '2027-03-15');
});

test('calendar helpers', () => {
  assert.equal(isoWeekday('2026-01-26'), 1);
  assert.equal(isoWeekday('2026-02-01'), 7);
  assert.equal(mondayOf('2026-02-01'), '2026-01-26');
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.ok(isDate('2028-02-29') && !isDate('2027-02-29') && !isDate('2027-2-1'));
  assert.equal(localInstant('2026-01-23', '10:15', CHICAGO), Date.UTC(2026, 0, 23, 16, 15));
  assert.equal(localInstant('2026-07-01', '00:00', 'Asia/Kolkata'), Date.UTC(2026, 5, 30, 18, 30));
});
