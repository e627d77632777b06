import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * 10:15 in Minneapolis on the next 23 January (winter time, UTC-6). Not a fixed date: the session
 * cookie's `Expires` is the server's time plus 30 days, which Chromium drops when its own, real clock
 * says it is past, and which Hono refuses (a 500) when it is more than 400 days ahead of the real
 * clock. A cookie with Max-Age instead would let any instant work.
 */
export function nextWinterMorning(): number {
  for (let year = new Date().getUTCFullYear(); ; year++) {
    const at = Date.UTC(year, 0, 23, 16, 15);
    if (at > Date.now()) return at;
  }
}

/**
 * The server's time, in a file it reads on every call (start it with `WHISTLE_CLOCK_FILE: clock.file`).
 * Between writes the server's clock stands still.
 */
export function serverClockFile(start: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-clock-'));
  const file = path.join(dir, 'now');
  const set = (ms: number) => fs.writeFileSync(file, String(ms));
  set(start);
  return { file, set, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
