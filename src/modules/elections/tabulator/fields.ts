import { fail, shown } from './input-error';

/**
 * Readers for the loosely typed fields of RCTab's JSON: numbers arrive as strings ("3", "" when
 * unset) or as numbers, flags as booleans or "true"/"false". Each reader names the field's path in
 * its error.
 */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function objectAt(value: unknown, path: string): JsonObject {
  if (!isObject(value)) fail(path, `must be an object, got ${shown(value)}`);
  return value as JsonObject;
}

export function arrayAt(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `must be an array, got ${shown(value)}`);
  return value as unknown[];
}

export function text(obj: JsonObject, key: string, path: string, required = false): string {
  const value = obj[key];
  if (value === undefined || value === null) {
    if (required) fail(`${path}.${key}`, 'is required');
    return '';
  }
  if (typeof value !== 'string' && typeof value !== 'number') fail(`${path}.${key}`, `must be text, got ${shown(value)}`);
  const result = String(value).trim();
  if (required && result === '') fail(`${path}.${key}`, 'is required');
  return result;
}

export function flag(obj: JsonObject, key: string, path: string): boolean {
  const value = obj[key];
  if (value === undefined || value === null || value === '' || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  return fail(`${path}.${key}`, `must be true or false, got ${shown(value)}`);
}

export interface IntegerOptions {
  min: number;
  max: number;
  /** Used when the field is missing or empty; without it the field is required. */
  fallback?: number;
  /** Words that stand for a number, e.g. { unlimited: Infinity }. */
  words?: Record<string, number>;
}

export function integer(obj: JsonObject, key: string, path: string, opts: IntegerOptions): number {
  const value = obj[key];
  const where = `${path}.${key}`;
  const raw = value === undefined || value === null ? '' : typeof value === 'number' ? String(value) : value;
  if (typeof raw !== 'string') return fail(where, `must be a whole number, got ${shown(value)}`);
  const trimmed = raw.trim();
  if (trimmed === '') {
    if (opts.fallback === undefined) fail(where, 'is required');
    return opts.fallback as number;
  }
  const word = opts.words?.[trimmed];
  if (word !== undefined) return word;
  const range = `a whole number from ${opts.min} to ${opts.max}${opts.words ? ` or ${Object.keys(opts.words).map(shown).join(' or ')}` : ''}`;
  if (!/^[+-]?\d+$/.test(trimmed)) fail(where, `must be ${range}, got ${shown(value)}`);
  const n = Number(trimmed);
  if (n < opts.min || n > opts.max) fail(where, `must be ${range}, got ${shown(value)}`);
  return n;
}

export function choice<T extends string>(obj: JsonObject, key: string, path: string, options: readonly T[], fallback?: T): T {
  const value = text(obj, key, path, fallback === undefined);
  if (value === '' && fallback !== undefined) return fallback;
  if (!(options as readonly string[]).includes(value))
    fail(`${path}.${key}`, `must be one of ${options.map(shown).join(', ')}, got ${shown(value)}`);
  return value as T;
}
