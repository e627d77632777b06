import fs from 'node:fs';
import type { Clock } from './clock';

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
