// RFC 5545 iCalendar writer. Pure: no clock, no I/O — the caller passes `now` and the events.

export type ICalEventStatus = 'confirmed' | 'cancelled';

export interface ICalEvent {
  id: string;
  /** Epoch ms. */
  start: number;
  /** Epoch ms, after `start`. */
  end: number;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  status?: ICalEventStatus;
  /** Bumped on every published change so clients replace their copy (RFC 5545 §3.8.7.4). */
  sequence?: number;
}

export interface ICalCalendar {
  name: string;
  /** Host part of every UID (`<id>@<uidDomain>`), e.g. the instance's public host name. */
  uidDomain: string;
  prodId?: string;
  events: ICalEvent[];
}

export interface ICalOptions {
  /** Epoch ms written as DTSTAMP. */
  now: number;
  /** IANA zone shown to clients as the calendar's home zone; times themselves are always UTC. */
  timeZone?: string;
}

export const DEFAULT_PROD_ID = '-//Whistle//Events//EN';
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

export function toICalendar(calendar: ICalCalendar, opts: ICalOptions): string {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(calendar.uidDomain)) {
    throw new RangeError(`uidDomain is not a host name: ${JSON.stringify(calendar.uidDomain)}`);
  }
  const stamp = utcDateTime(opts.now, 'now');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  if (opts.timeZone !== undefined) lines.push(`X-WR-TIMEZONE:${escapeText(checkedTimeZone(opts.timeZone))}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.uidDomain, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}

function eventLines(event: ICalEvent, uidDomain: string, stamp: string): string[] {
  if (event.id === '') throw new RangeError('event id is empty');
  if (!(event.end > event.start)) throw new RangeError(`event ${event.id} ends before it starts`);
  const sequence = event.sequence ?? 0;
  if (!Number.isSafeInteger(sequence) || sequence < 0) throw new RangeError(`event ${event.id} has a bad sequence`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${uidDomain}`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcDateTime(event.start, 'start')}`,
    `DTEND:${utcDateTime(event.end, 'end')}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${checkedUri(event.url)}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`, `SEQUENCE:${sequence}`, 'END:VEVENT');
  return lines;
}

/** UTC DATE-TIME form `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.3.5, form #2). */
export function utcDateTime(ms: number, what = 'time'): string {
  const date = new Date(Math.floor(ms));
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || year < 0 || year > 9999) throw new RangeError(`${what} is not a representable time: ${ms}`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11). Newlines of any kind become `\n`; other control characters are
 * not allowed in TEXT (C1 controls are junk in event text too) and are dropped; lone surrogates cannot be encoded in UTF-8 and become U+FFFD.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Folds one content line into physical lines of at most 75 octets of UTF-8 (RFC 5545 §3.1), each ending in
 * CRLF; continuation lines start with one space. Splits only between code points, so no UTF-8 sequence is cut.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out + CRLF;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function checkedUri(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`event url is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new RangeError(`event url is not http(s): ${url}`);
  return parsed.href;
}

function checkedTimeZone(timeZone: string): string {
  // Throws RangeError for a zone the runtime does not know.
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}
