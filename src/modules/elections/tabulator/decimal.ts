/**
 * Exact decimal numbers for vote arithmetic: an integer `unscaled` and a `scale`, worth
 * unscaled × 10^-scale, with the scale rules of Java's BigDecimal. RCTab's reports print the scale
 * a value carries ("8" for a whole tally, "2.3330" for a sum of four-place transfer values), so the
 * tabulator keeps it exactly as RCTab would: sums take the larger scale, and division and
 * multiplication truncate to the configured number of places. Never a float.
 */
export interface Decimal {
  readonly unscaled: bigint;
  readonly scale: number;
}

export const decimal = (unscaled: bigint, scale = 0): Decimal => ({ unscaled, scale });
export const ZERO = decimal(0n);
export const ONE = decimal(1n);
export const fromInteger = (n: number | bigint): Decimal => decimal(BigInt(n));

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function rescale(d: Decimal, scale: number): bigint {
  return scale >= d.scale ? d.unscaled * pow10(scale - d.scale) : d.unscaled / pow10(d.scale - scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  if (a.scale === b.scale) return decimal(a.unscaled + b.unscaled, a.scale);
  const scale = Math.max(a.scale, b.scale);
  return decimal(rescale(a, scale) + rescale(b, scale), scale);
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return decimal(rescale(a, scale) - rescale(b, scale), scale);
}

/** Exact product by a whole number (a group of identical ballots), keeping the scale. */
export const times = (a: Decimal, n: bigint): Decimal => decimal(a.unscaled * n, a.scale);

export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const signum = (a: Decimal): number => (a.unscaled > 0n ? 1 : a.unscaled < 0n ? -1 : 0);
export const max = (a: Decimal, b: Decimal): Decimal => (compare(a, b) >= 0 ? a : b);

/** Rounding toward zero (RCTab's RoundingMode.DOWN) or away from zero (UP, used by the Hare quota). */
export type Rounding = 'down' | 'up';

function roundedQuotient(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  const q = numerator / denominator;
  if (rounding === 'down' || q * denominator === numerator) return q;
  return numerator < 0n !== denominator < 0n ? q - 1n : q + 1n;
}

/** a ÷ b to exactly `places` decimal places. */
export function divide(a: Decimal, b: Decimal, places: number, rounding: Rounding = 'down'): Decimal {
  if (b.unscaled === 0n) throw new RangeError('division by zero');
  const exponent = places + b.scale - a.scale;
  const numerator = exponent >= 0 ? a.unscaled * pow10(exponent) : a.unscaled;
  const denominator = exponent >= 0 ? b.unscaled : b.unscaled * pow10(-exponent);
  return decimal(roundedQuotient(numerator, denominator, rounding), places);
}

/** a × b truncated to exactly `places` decimal places. */
export function multiply(a: Decimal, b: Decimal, places: number): Decimal {
  const product = decimal(a.unscaled * b.unscaled, a.scale + b.scale);
  return decimal(rescale(product, places), places);
}

/** 10^-places: the smallest step at that precision (1 when places is 0). */
export const unit = (places: number): Decimal => decimal(1n, places);

const NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parses "12", "-0.25", "7.2500" (the scale is the number of digits after the point); null if not a plain decimal. */
export function parseDecimal(text: string): Decimal | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const fraction = m[3] ?? '';
  const unscaled = BigInt(`${m[2]}${fraction}`);
  return decimal(m[1] === '-' ? -unscaled : unscaled, fraction.length);
}

/** Java's BigDecimal.toString(), which RCTab's JSON and CSV reports use: plain unless very small. */
export function formatDecimal(d: Decimal): string {
  const negative = d.unscaled < 0n;
  const digits = (negative ? -d.unscaled : d.unscaled).toString();
  const sign = negative ? '-' : '';
  if (d.scale === 0) return sign + digits;
  const adjusted = digits.length - 1 - d.scale;
  if (d.scale > 0 && adjusted >= -6) {
    if (digits.length > d.scale) return `${sign}${digits.slice(0, digits.length - d.scale)}.${digits.slice(digits.length - d.scale)}`;
    return `${sign}0.${'0'.repeat(d.scale - digits.length)}${digits}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}
