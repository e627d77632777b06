/**
 * Draws the PNG app icons (192 and 512 px) from the same shapes as public/icon.svg, with no image
 * library: anti-aliased by supersampling, written as PNG through zlib. Run it after changing the icon:
 *   node --import tsx src/app/draw-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

type Rgb = [number, number, number];
const BACKGROUND: Rgb = [0x14, 0x21, 0x3d];
const WHISTLE: Rgb = [0xff, 0xbf, 0x47];

/** The whistle on a 512 × 512 canvas (kept inside the maskable safe circle); true where it is drawn. */
function isWhistle(x: number, y: number): boolean {
  const body = (x - 220) ** 2 + (y - 300) ** 2 <= 120 ** 2;
  const hole = (x - 220) ** 2 + (y - 300) ** 2 <= 45 ** 2;
  const mouthpiece = x >= 220 && x <= 420 && y >= 180 && y <= 260;
  return (body || mouthpiece) && !hole;
}

function drawIcon(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 512) / size;
          const y = ((py + (sy + 0.5) / samples) * 512) / size;
          if (isWhistle(x, y)) hits++;
        }
      }
      const a = hits / samples ** 2;
      for (let c = 0; c < 3; c++) row[1 + px * 3 + c] = Math.round(BACKGROUND[c] * (1 - a) + WHISTLE[c] * a);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(import.meta.dirname, 'public');
for (const size of [192, 512]) fs.writeFileSync(path.join(out, `icon-${size}.png`), drawIcon(size));
