import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatCapTime } from './time';

const at = (iso: string) => Date.parse(iso);

test('times are written in the network time zone with its offset, e.g. 2026-01-23T10:15:00-06:00', () => {
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'America/Chicago'), '2026-01-23T10:15:00-06:00');
  assert.equal(formatCapTime(at('2026-07-23T16:15:00Z'), 'America/Chicago'), '2026-07-23T11:15:00-05:00');
  assert.equal(formatCapTime(at('2026-01-23T06:00:00Z'), 'America/Chicago'), '2026-01-23T00:00:00-06:00', 'midnight is 00, not 24');
  assert.equal(formatCapTime(at('2026-12-31T23:59:59Z'), 'America/Chicago'), '2026-12-31T17:59:59-06:00');
  assert.equal(formatCapTime(at('2027-01-01T05:59:59Z'), 'America/Chicago'), '2026-12-31T23:59:59-06:00');
});

test('daylight saving time starts and ends on the right second, and the repeated hour is told apart', () => {
  const chicago = (iso: string) => formatCapTime(at(iso), 'America/Chicago');
  assert.equal(chicago('2026-03-08T07:59:59Z'), '2026-03-08T01:59:59-06:00');
  assert.equal(chicago('2026-03-08T08:00:00Z'), '2026-03-08T03:00:00-05:00');
  assert.equal(chicago('2026-11-01T06:30:00Z'), '2026-11-01T01:30:00-05:00');
  assert.equal(chicago('2026-11-01T07:30:00Z'), '2026-11-01T01:30:00-06:00');
});

test('milliseconds are dropped, UTC is -00:00 (never Z), and offsets keep their minutes', () => {
  assert.equal(formatCapTime(at('2026-01-23T16:15:00.999Z'), 'America/Chicago'), '2026-01-23T10:15:00-06:00');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'UTC'), '2026-01-23T16:15:00-00:00');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'Europe/London'), '2026-01-23T16:15:00-00:00');
  assert.equal(formatCapTime(at('2026-07-23T16:15:00Z'), 'Europe/London'), '2026-07-23T17:15:00+01:00');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'Asia/Kathmandu'), '2026-01-23T22:00:00+05:45');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'Asia/Kolkata'), '2026-01-23T21:45:00+05:30');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'America/St_Johns'), '2026-01-23T12:45:00-03:30');
  assert.equal(formatCapTime(at('2026-07-23T16:15:00Z'), 'America/St_Johns'), '2026-07-23T13:45:00-02:30');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'Pacific/Chatham'), '2026-01-24T06:00:00+13:45');
  assert.equal(formatCapTime(at('2026-01-23T16:15:00Z'), 'Pacific/Marquesas'), '2026-01-23T06:45:00-09:30');
});

test('any instant, in any of these zones, is written in the CAP form and reads back as the same second', () => {
  const zones = [
    'America/Chicago',
    'America/New_York',
    'America/Los_Angeles',
    'UTC',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
  ];
  const capForm = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/;
  fc.assert(
    fc.property(fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2099-12-31T00:00:00Z') }), fc.constantFrom(...zones), (ms, zone) => {
      const text = formatCapTime(ms, zone);
      assert.match(text, capForm);
      assert.equal(Date.parse(text), Math.floor(ms / 1000) * 1000, `${text} in ${zone}`);
    }),
    { numRuns: 3000 },
  );
});

test('a time that is not one, or an unknown zone, is refused', () => {
  assert.throws(() => formatCapTime(Number.NaN, 'America/Chicago'));
  assert.throws(() => formatCapTime(Date.now(), 'America/Springfield'));
});
