import fs from 'node:fs';

/** Time comes from here so tests can pin it. All times are epoch milliseconds. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock for tests: starts at a fixed instant and only moves when told. */
export class FixedClock implements Clock {
  constructor(private current = Date.UTC(2026, 0, 23, 12, 0, 0)) {}
  now() {
    return this.current;
  }
  advance(ms: number) {
    this.current += ms;
  }
  set(ms: number) {
    this.current = ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * For browser tests of a running server: the time is read from a file holding epoch milliseconds
 * (the test writes it; the server's clock stands still in between). Only used when the operator
 * sets WHISTLE_CLOCK_FILE, which nobody does in production.
 */
export function fileClock(file: string): Clock {
  return {
    now() {
      const text = fs.readFileSync(file, { encoding: 'utf8', flag: 'r' });
      const value = Number(text);
      if (!Number.isFinite(value)) throw new Error(`${file} must hold epoch milliseconds`);
      return value;
    },
  };
}
