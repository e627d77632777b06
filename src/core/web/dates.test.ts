import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTimeFormat, wordedDateTimeFormat } from './dates';

// Tuesday 26 January 2027, 19:30 UTC.
const when = Date.UTC(2027, 0, 26, 19, 30);
const utc = { timeZone: 'UTC' } as const;

test('Somali in its own words, laid out as CLDR lays it out where the patterns agree', () => {
  const long = { weekday: 'long', day: 'numeric', month: 'long', ...utc } as const;
  assert.equal(wordedDateTimeFormat('so', long).format(when), 'Talaado, Janaayo 26');
  // Node carries full ICU: where the US and Somali patterns agree, the words must be CLDR's.
  assert.equal(wordedDateTimeFormat('so', long).format(when), new Intl.DateTimeFormat('so', long).format(when));
  assert.equal(wordedDateTimeFormat('so', { timeStyle: 'short', ...utc }).format(when), '7:30 GD');
  assert.equal(wordedDateTimeFormat('so', { timeStyle: 'short', ...utc }).format(when - 12 * 3600_000), '7:30 GH');
  assert.equal(wordedDateTimeFormat('so', { dateStyle: 'medium', ...utc }).format(when), 'Jan 26, 2027');
  assert.equal(
    wordedDateTimeFormat('so', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', ...utc }).format(
      Date.UTC(2027, 7, 1, 9, 5),
    ),
    'Axd, Ogs 1, 9:05 GH',
  );
});

test('Hmong in its own words, with a 24-hour clock', () => {
  assert.equal(
    wordedDateTimeFormat('hmn', { weekday: 'long', day: 'numeric', month: 'long', ...utc }).format(when),
    'Hnub Ob 26 Lub Ib Hlis',
  );
  assert.equal(wordedDateTimeFormat('hmn', { dateStyle: 'medium', timeStyle: 'short', ...utc }).format(when), '26 Ib Hlis 2027, 19:30');
  assert.equal(wordedDateTimeFormat('hmn', { hour: 'numeric', minute: '2-digit', ...utc }).format(Date.UTC(2027, 0, 26, 7, 5)), '7:05');
  // September is "Sept" in British English: every month's name is found, whatever the base calls it.
  assert.equal(wordedDateTimeFormat('hmn', { day: 'numeric', month: 'short', ...utc }).format(Date.UTC(2027, 8, 3)), '3 Cuaj Hli');
  assert.equal(wordedDateTimeFormat('hmn', { weekday: 'long', ...utc }).format(Date.UTC(2027, 0, 31)), 'Hnub Xya');
});

test('every month and weekday has a word in both languages, at both widths', () => {
  for (const lang of ['so', 'hmn'] as const) {
    for (const month of ['long', 'short'] as const) {
      const seen = new Set<string>();
      for (let m = 0; m < 12; m++) seen.add(wordedDateTimeFormat(lang, { month, day: 'numeric', ...utc }).format(Date.UTC(2027, m, 10)));
      assert.equal(seen.size, 12, `${lang} ${month} months`);
      const english = [...Array(12)].map((_, m) => new Intl.DateTimeFormat('en', { month: 'long', ...utc }).format(Date.UTC(2027, m, 10)));
      if (month === 'long') for (const s of seen) assert.ok(!english.some((e) => s.includes(e)), `${lang}: ${s} is English`);
    }
    for (const weekday of ['long', 'short'] as const) {
      const seen = new Set<string>();
      for (let d = 0; d < 7; d++) seen.add(wordedDateTimeFormat(lang, { weekday, ...utc }).format(Date.UTC(2027, 0, 4 + d, 12)));
      assert.equal(seen.size, 7, `${lang} ${weekday} weekdays`);
      for (const s of seen) assert.doesNotMatch(s, /day$|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/, `${lang}: ${s} is English`);
    }
  }
});

test('languages the runtime knows are formatted by it', () => {
  assert.equal(dateTimeFormat('es', { weekday: 'long', day: 'numeric', month: 'long', ...utc }).format(when), 'martes, 26 de enero');
  assert.equal(dateTimeFormat('en', { dateStyle: 'medium', ...utc }).format(when), 'Jan 26, 2027');
});

test('a range of times keeps the words too', () => {
  const options = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', ...utc } as const;
  assert.equal(wordedDateTimeFormat('hmn', options).formatRange(when, when + 2 * 3600_000), 'Hnub Ob 26 Ib Hlis, 19:30–21:30');
  assert.match(wordedDateTimeFormat('so', options).formatRange(when, when + 2 * 3600_000), /^Tldo, Jan 26, 7:30 – 9:30 GD$/);
});
