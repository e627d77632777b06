import { MAX_AMOUNT_CENTS } from '../limits';

/** Reading one cell of a processor export: exact money, dates, and card numbers that must not be there. */

export class CellError extends Error {}

/**
 * US dollars to integer cents without ever making a float: "1,234.50" → 123450, "-25" → -2500,
 * "$40.5" → 4050, "(12.00)" (an accountant's minus) → -1200. More than two decimals is not an amount
 * of money, and comma decimals ("12,50") are refused rather than guessed.
 */
const AMOUNT = /^(-)?\$?(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

export function parseCents(raw: string): number {
  let text = raw.trim().replaceAll(' ', '');
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  const match = AMOUNT.exec(text);
  if (!match) throw new CellError(`"${raw.trim()}" is not an amount in dollars like 1,234.50`);
  const [, minus, minusAfterSign, whole, fraction = ''] = match;
  const digits = whole.replaceAll(',', '');
  if (digits.length > 10) throw new CellError(`"${raw.trim()}" is too large`);
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) throw new CellError(`"${raw.trim()}" is more than one donation can be`);
  return negative || minus || minusAfterSign ? -cents : cents;
}

/** Offsets of the zone abbreviations PayPal writes, in hours. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  AKST: -9,
  AKDT: -8,
  HST: -10,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMinutes: number): number {
  const at = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    throw new CellError('is not a real date');
  return at;
}

function offsetOf(zone: string | undefined): number {
  if (!zone) return 0;
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper] * 60;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) throw new CellError(`"${zone}" is not a time zone`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** "2026-01-23", "2026-01-23 14:05:09", ISO with a zone; or a US date "1/23/2026" with an optional time and zone. */
export function parseInstant(rawDate: string, rawTime = '', rawZone = ''): number {
  const date = rawDate.trim();
  const iso = ISO.exec(date);
  if (iso) {
    const [, y, mo, d, h = '12', mi = '0', s = '0', zone] = iso;
    return instant(+y, +mo, +d, +h, +mi, +s, offsetOf(zone));
  }
  const us = US.exec(date);
  const time = TIME.exec(rawTime.trim()) ?? (rawTime.trim() ? null : ['', '12', '0', '0']);
  if (!us || !time) throw new CellError(`"${[date, rawTime.trim()].filter(Boolean).join(' ')}" is not a date like 2026-01-23 or 1/23/2026`);
  return instant(+us[3], +us[1], +us[2], +time[1], +time[2], +(time[3] ?? 0), offsetOf(rawZone.trim() || undefined));
}

/** Runs of 13 to 19 digits, possibly grouped by single spaces or dashes as printed on a card. */
const DIGIT_RUN = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a cell holds what looks like a full card number (13–19 digits passing the Luhn check). */
export function holdsCardNumber(cell: string): boolean {
  for (const match of cell.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && passesLuhn(digits)) return true;
  }
  return false;
}
