import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { escapeText, foldLine, type ICalCalendar, type ICalEvent, toICalendar } from './ical';

const now = Date.UTC(2026, 3, 20, 12, 0, 0);
const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function event(overrides: Partial<ICalEvent> = {}): ICalEvent {
  return { id: 'ev-1', start: Date.UTC(2026, 4, 1, 15), end: Date.UTC(2026, 4, 1, 17), summary: 'March', ...overrides };
}

function calendar(events: ICalEvent[], name = 'May Day'): ICalCalendar {
  return { name, uidDomain: 'whistle.example', events };
}

// A reader independent of the writer: unfold (RFC 5545 §3.1), split name/value, unescape TEXT (§3.3.11).
type Property = { name: string; value: string };

function unfold(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'the stream ends with CRLF');
  return ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parse(ics: string): Property[] {
  return unfold(ics).map((line) => {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `a content line has a name and a value: ${line}`);
    return { name: line.slice(0, colon), value: line.slice(colon + 1) };
  });
}

function textOf(ics: string, name: string): string[] {
  return parse(ics)
    .filter((p) => p.name === name)
    .map((p) => unescapeText(p.value));
}

// Checks the bytes a client receives: each physical line must be valid UTF-8 on its own.
function assertWellFormedLines(ics: string): void {
  assert.equal(ics.replace(/\r\n/g, '').match(/[\r\n]/), null, 'no bare CR or LF');
  const bytes = utf8.encode(ics);
  assert.equal(strictUtf8.decode(bytes), ics, 'the document is well-formed Unicode');
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0d) continue;
    const line = bytes.subarray(start, i);
    assert.ok(line.length <= 75, `line of ${line.length} octets: ${Buffer.from(line).toString()}`);
    assert.doesNotThrow(() => strictUtf8.decode(line), `line ${Buffer.from(line).toString('hex')} is valid UTF-8 on its own`);
    start = i + 2;
  }
  assert.equal(start, bytes.length, 'the document ends with CRLF');
}

test('a small calendar is written exactly', () => {
  const ics = toICalendar(
    {
      name: 'May Day, Minneapolis',
      uidDomain: 'whistle.example',
      events: [
        event({
          summary: 'May Day march',
          description: 'Meet at Lake St; bring water, signs',
          location: 'Lake St & Chicago Ave, Minneapolis',
          url: 'https://whistle.example/events/ev-1',
          sequence: 2,
        }),
        event({
          id: 'ev-2',
          start: Date.UTC(2026, 4, 2, 1, 30),
          end: Date.UTC(2026, 4, 2, 2, 45, 10),
          summary: 'Vigil',
          status: 'cancelled',
        }),
      ],
    },
    { now, timeZone: 'America/Chicago' },
  );
  const expected = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Whistle//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:May Day\\, Minneapolis',
    'X-WR-TIMEZONE:America/Chicago',
    'BEGIN:VEVENT',
    'UID:ev-1@whistle.example',
    'DTSTAMP:20260420T120000Z',
    'DTSTART:20260501T150000Z',
    'DTEND:20260501T170000Z',
    'SUMMARY:May Day march',
    'DESCRIPTION:Meet at Lake St\\; bring water\\, signs',
    'LOCATION:Lake St & Chicago Ave\\, Minneapolis',
    'URL:https://whistle.example/events/ev-1',
    'STATUS:CONFIRMED',
    'SEQUENCE:2',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:ev-2@whistle.example',
    'DTSTAMP:20260420T120000Z',
    'DTSTART:20260502T013000Z',
    'DTEND:20260502T024510Z',
    'SUMMARY:Vigil',
    'STATUS:CANCELLED',
    'SEQUENCE:0',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  assert.equal(ics, `${expected.join('\r\n')}\r\n`);
});

test('an empty calendar is still a valid VCALENDAR, and PRODID can be overridden', () => {
  const ics = toICalendar(
    { name: 'Nothing yet', uidDomain: 'whistle.example', prodId: '-//Local Network//Whistle 1.0//EN', events: [] },
    { now },
  );
  assert.equal(
    ics,
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Local Network//Whistle 1.0//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n' +
      'X-WR-CALNAME:Nothing yet\r\nEND:VCALENDAR\r\n',
  );
});

test('TEXT escaping: backslash, semicolon, comma and every kind of newline; control characters dropped', () => {
  assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  assert.equal(escapeText('one\r\ntwo\rthree\nfour'), 'one\\ntwo\\nthree\\nfour');
  assert.equal(escapeText('tab\tkept, bell\u0007 and nul\u0000 dropped'), 'tab\tkept\\, bell and nul dropped');
  assert.equal(escapeText('next\u0085line'), 'nextline', 'C1 controls too');
  assert.equal(escapeText('\\n is not a newline'), '\\\\n is not a newline');
  assert.equal(escapeText('colon: "quotes" stay'), 'colon: "quotes" stay');
  const ics = toICalendar(calendar([event({ summary: 'a\\b;c,d\r\ne', location: 'x;y' })]), { now });
  assert.deepEqual(textOf(ics, 'SUMMARY'), ['a\\b;c,d\ne']);
  assert.deepEqual(textOf(ics, 'LOCATION'), ['x;y']);
});

test('a lone surrogate becomes U+FFFD instead of producing invalid UTF-8', () => {
  assert.equal(escapeText('a\uD83Db\uDC00'), 'a\uFFFDb\uFFFD');
  assert.equal(escapeText('😀'), '😀');
});

test('folding at 75 octets: exact split of ASCII, continuation starts with one space', () => {
  const line = `SUMMARY:${'x'.repeat(150)}`;
  const folded = foldLine(line);
  const parts = folded.slice(0, -2).split('\r\n');
  assert.deepEqual(
    parts.map((p) => p.length),
    [75, 75, 10],
  );
  assert.ok(parts.slice(1).every((p) => p.startsWith(' ') && !p.startsWith('  ')));
  assert.equal(foldLine('SUMMARY:short'), 'SUMMARY:short\r\n');
  assert.equal(foldLine(`X:${'y'.repeat(73)}`), `X:${'y'.repeat(73)}\r\n`, 'exactly 75 octets is not folded');
});

test('folding Somali, Hmong and emoji text never splits a UTF-8 sequence and unfolds to the original', () => {
  const somali = 'Isu soo bax nabadeed oo ka dhacaya Lake Street; fadlan keen biyo, calamo iyo saaxiibadaa. ';
  const hmong = 'Kev taug kev thaj yeeb ntawm Lake Street, nqa dej thiab cov phiaj los ntawm koj tsev neeg. ';
  const emoji = '✊🏽✊🏿 👩🏽‍👩🏾‍👧🏻 🇸🇴 🏳️‍🌈 ';
  const accented = 'Reunión en la iglesia — niños bienvenidos. ';
  const description = `${somali}${emoji}\n${hmong}${emoji}\n${accented}`.repeat(4);
  const ics = toICalendar(calendar([event({ summary: `${emoji.repeat(10)}Somali/Hmong`, description })]), { now });
  assertWellFormedLines(ics);
  const physical = ics.split('\r\n');
  assert.ok(physical.filter((l) => l.startsWith(' ')).length > 20, 'the long values were actually folded');
  assert.ok(
    physical.some((l) => utf8.encode(l).length < 75 && utf8.encode(l).length > 71 && physical.indexOf(l) < physical.length - 2),
    'some fold happened early to avoid cutting a multi-byte character',
  );
  assert.deepEqual(textOf(ics, 'DESCRIPTION'), [description]);
  assert.deepEqual(textOf(ics, 'SUMMARY'), [`${emoji.repeat(10)}Somali/Hmong`]);
});

// Characters that exercise escaping and every UTF-8 sequence length, plus arbitrary Unicode graphemes.
const tricky = fc.constantFrom('\\', ';', ',', '\n', ':', '"', 'a', 'é', 'ħ', '€', 'ꯀ', '😀', '🏽', '\u200D', '\t');
const text = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 120 })
  .map((parts) => parts.join('').replace(/(?![\t\n])\p{Cc}/gu, ''));

test('round trip: arbitrary summaries and descriptions survive escaping, folding and unfolding', () => {
  fc.assert(
    fc.property(text, text, text, (summary, description, location) => {
      const ics = toICalendar(calendar([event({ summary, description, location })], summary), { now });
      assertWellFormedLines(ics);
      assert.deepEqual(textOf(ics, 'SUMMARY'), [summary]);
      assert.deepEqual(textOf(ics, 'X-WR-CALNAME'), [summary]);
      assert.deepEqual(textOf(ics, 'DESCRIPTION'), description ? [description] : []);
      assert.deepEqual(textOf(ics, 'LOCATION'), location ? [location] : []);
      assert.equal(parse(ics).filter((p) => p.name === 'BEGIN').length, 2, 'escaped newlines never start a new property');
    }),
    { numRuns: 300 },
  );
});

test('CRLF everywhere and every property on its own line', () => {
  const ics = toICalendar(calendar([event({ description: 'line one\nline two\r\nline three' }), event({ id: 'ev-2' })]), { now });
  assertWellFormedLines(ics);
  assert.equal(ics.split('\n').length, ics.split('\r\n').length);
  assert.deepEqual(
    parse(ics).map((p) => p.name),
    [
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'X-WR-CALNAME',
      ...['BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'STATUS', 'SEQUENCE', 'END'],
      ...['BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'STATUS', 'SEQUENCE', 'END'],
      'END',
    ],
  );
});

test('times are UTC, sub-second parts are dropped, and bad input is refused rather than written', () => {
  const ics = toICalendar(calendar([event({ start: Date.UTC(1999, 11, 31, 23, 59, 59, 999), end: Date.UTC(2000, 0, 1) })]), {
    now: now + 0.5,
  });
  assert.deepEqual(
    parse(ics)
      .filter((p) => p.name.startsWith('DT'))
      .map((p) => p.value),
    ['20260420T120000Z', '19991231T235959Z', '20000101T000000Z'],
  );
  const refuses = (cal: ICalCalendar, opts = { now } as { now: number; timeZone?: string }) =>
    assert.throws(() => toICalendar(cal, opts), RangeError);
  refuses(calendar([event({ end: Date.UTC(2026, 4, 1, 15) })]));
  refuses(calendar([event({ start: Number.NaN })]));
  refuses(calendar([event({ id: '' })]));
  refuses(calendar([event({ sequence: -1 })]));
  refuses(calendar([event({ url: 'javascript:alert(1)' })]));
  refuses(calendar([event({ url: 'not a url' })]));
  refuses({ ...calendar([event()]), uidDomain: 'evil.example\r\nX-INJECTED:1' });
  refuses(calendar([event()]), { now: Number.POSITIVE_INFINITY });
  refuses(calendar([event()]), { now, timeZone: 'Mars/Olympus_Mons' });
});

test('URL is written as a normalised URI, never as escaped TEXT', () => {
  const ics = toICalendar(calendar([event({ url: 'https://whistle.example/e?a=1,2;b=3' })]), { now });
  assert.deepEqual(
    parse(ics)
      .filter((p) => p.name === 'URL')
      .map((p) => p.value),
    ['https://whistle.example/e?a=1,2;b=3'],
  );
});
