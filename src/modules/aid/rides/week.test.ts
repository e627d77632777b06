import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
  isDate,
  isMonday,
  localDate,
  midnightOf,
  minuteOf,
  timeOf,
  weekdayMask,
  weekdayOf,
  weekdaysIn,
  weekEndsAt,
  weekOf,
} from './week';

const TZ = 'America/Chicago';

test('dates: real ones only; weekdays ISO; adding days across months and years', () => {
  assert.ok(isDate('2027-01-25'));
  assert.ok(!isDate('2027-02-30'));
  assert.ok(!isDate('2027-1-25'));
  assert.equal(weekdayOf('2027-01-25'), 1, 'a Monday');
  assert.equal(weekdayOf('2027-01-31'), 7, 'a Sunday');
  assert.ok(isMonday('2027-01-25') && !isMonday('2027-01-26'));
  assert.equal(addDays('2026-12-28', 7), '2027-01-04');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
});

test('the week of an instant is its Monday in the network time zone', () => {
  // Sunday 31 January 2027, 23:30 in Minneapolis is already Monday in UTC.
  const sundayNight = Date.UTC(2027, 1, 1, 5, 30);
  assert.equal(localDate(sundayNight, TZ), '2027-01-31');
  assert.equal(weekOf(sundayNight, TZ), '2027-01-25');
  assert.equal(weekOf(sundayNight, 'UTC'), '2027-02-01');
});

test('a week ends at local midnight, daylight saving time included', () => {
  assert.equal(midnightOf('2027-01-25', TZ), Date.UTC(2027, 0, 25, 6), 'UTC-6 in winter');
  assert.equal(midnightOf('2027-07-05', TZ), Date.UTC(2027, 6, 5, 5), 'UTC-5 in summer');
  // Clocks go forward on Sunday 14 March 2027: that week ends on summer time.
  assert.equal(weekEndsAt('2027-03-08', TZ), Date.UTC(2027, 2, 15, 5));
  assert.equal(weekEndsAt('2027-11-01', TZ), Date.UTC(2027, 10, 8, 6));
});

test('times of day and weekday masks round-trip', () => {
  assert.equal(minuteOf('07:05'), 425);
  assert.equal(timeOf(425), '07:05');
  assert.equal(timeOf(0), '00:00');
  assert.equal(weekdayMask([1, 3, 7]), 0b1000101);
  assert.deepEqual(weekdaysIn(0b1000101), [1, 3, 7]);
});
