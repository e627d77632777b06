import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileClock } from './file-clock';

test('a file clock tells the time written in its file, and follows every change', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clock-')), 'now');
  fs.writeFileSync(file, String(Date.UTC(2026, 0, 23, 16, 15)));
  const clock = fileClock(file);
  assert.equal(clock.now(), Date.UTC(2026, 0, 23, 16, 15));
  fs.writeFileSync(file, String(Date.UTC(2026, 0, 23, 18, 15)));
  assert.equal(clock.now(), Date.UTC(2026, 0, 23, 18, 15));
  fs.writeFileSync(file, 'soon');
  assert.throws(() => clock.now(), /epoch milliseconds/);
});
