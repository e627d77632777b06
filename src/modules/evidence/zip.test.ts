import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readZip } from './test-helpers';
import { bytesSource, fileSource, zipSize, zipStream } from './zip';

async function collect(stream: AsyncIterable<Uint8Array>) {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

function python(): string | null {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return 'python3';
  } catch {
    return null;
  }
}

test('the store-only ZIP reads back: names (UTF-8), contents, CRCs and the size announced beforehand', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-zip-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const big = randomBytes(300_000);
  fs.writeFileSync(path.join(dir, 'video'), big);
  const sources = [
    bytesSource('manifest.json', Buffer.from('{"items":[]}\n')),
    bytesSource('notes/señal ñ.txt', Buffer.from('Rätt — ok')),
    bytesSource('empty', Buffer.alloc(0)),
    await fileSource('originals/video.mp4', path.join(dir, 'video')),
  ];
  const zip = await collect(zipStream(sources, Date.UTC(2026, 0, 23, 16, 15, 30)));
  assert.equal(zip.length, zipSize(sources));
  const files = readZip(zip);
  assert.deepEqual([...files.keys()], ['manifest.json', 'notes/señal ñ.txt', 'empty', 'originals/video.mp4']);
  assert.deepEqual(files.get('originals/video.mp4'), big);
  assert.equal(files.get('notes/señal ñ.txt')?.toString('utf8'), 'Rätt — ok');

  const py = python();
  if (py) {
    const file = path.join(dir, 'out.zip');
    fs.writeFileSync(file, zip);
    const listing = execFileSync(py, ['-m', 'zipfile', '-l', file], { encoding: 'utf8' });
    assert.match(listing, /originals\/video\.mp4\s+2026-01-23 16:15:30\s+300000/);
    // -t reads every member and checks its CRC; it prints nothing else when all is well.
    execFileSync(py, ['-m', 'zipfile', '-t', file]);
  } else {
    t.diagnostic('python3 is not installed: only the built-in reader checked the archive');
  }
});

test('an archive that would need ZIP64 is refused up front', () => {
  const huge = { name: 'x', size: 0xffffffff, crc32: 0, chunks: async function* () {} };
  assert.equal(zipSize([huge]), null);
});
