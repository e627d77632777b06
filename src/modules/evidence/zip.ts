import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * A store-only ZIP writer (no compression: photos and videos are compressed already): local file
 * headers, the data, a central directory and its end record, streamed so that large videos are never
 * held in memory. Names are UTF-8 (flag bit 11). No ZIP64, so the whole archive stays under 4 GiB.
 */
export interface ZipSource {
  name: string;
  size: number;
  crc32: number;
  chunks(): AsyncIterable<Uint8Array>;
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const VERSION = 20;
const UTF8_NAMES = 0x0800;
const ZIP32_LIMIT = 0xffffffff;
const MAX_ENTRIES = 0xffff;

export function bytesSource(name: string, bytes: Uint8Array): ZipSource {
  return {
    name,
    size: bytes.length,
    crc32: zlib.crc32(bytes),
    async *chunks() {
      yield bytes;
    },
  };
}

/** A file on disk; it is read once now for its CRC-32 and again when the archive is written. */
export async function fileSource(name: string, file: string): Promise<ZipSource> {
  let crc = 0;
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    crc = zlib.crc32(chunk as Buffer, crc);
    size += (chunk as Buffer).length;
  }
  return { name, size, crc32: crc, chunks: () => fs.createReadStream(file) };
}

/** MS-DOS date and time (two 16-bit words), from the UTC fields of `ms`. */
function dosDateTime(ms: number): { date: number; time: number } {
  const d = new Date(ms);
  const date = ((Math.max(d.getUTCFullYear(), 1980) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  return { date, time };
}

/** The archive's exact size, known before writing (store-only), or null when it needs ZIP64. */
export function zipSize(sources: readonly ZipSource[]): number | null {
  let total = END_RECORD;
  for (const s of sources) total += LOCAL_HEADER + CENTRAL_HEADER + 2 * Buffer.byteLength(s.name) + s.size;
  return total > ZIP32_LIMIT || sources.length > MAX_ENTRIES ? null : total;
}

/** The fields local and central headers share, from "version needed" to "extra field length". */
function commonFields(s: ZipSource, name: Buffer, when: { date: number; time: number }): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION, 0);
  b.writeUInt16LE(UTF8_NAMES, 2);
  b.writeUInt16LE(0, 4); // stored
  b.writeUInt16LE(when.time, 6);
  b.writeUInt16LE(when.date, 8);
  b.writeUInt32LE(s.crc32 >>> 0, 10);
  b.writeUInt32LE(s.size, 14);
  b.writeUInt32LE(s.size, 18);
  b.writeUInt16LE(name.length, 22);
  b.writeUInt16LE(0, 24);
  return b;
}

export async function* zipStream(sources: readonly ZipSource[], modifiedAt: number): AsyncGenerator<Uint8Array> {
  if (zipSize(sources) === null) throw new Error('The archive would need ZIP64');
  const when = dosDateTime(modifiedAt);
  const central: Buffer[] = [];
  let offset = 0;
  for (const s of sources) {
    const name = Buffer.from(s.name, 'utf8');
    const fields = commonFields(s, name, when);
    const signature = Buffer.alloc(4);
    signature.writeUInt32LE(0x04034b50);
    yield Buffer.concat([signature, fields, name]);
    let written = 0;
    for await (const chunk of s.chunks()) {
      written += chunk.length;
      yield chunk;
    }
    if (written !== s.size) throw new Error(`${s.name} changed while it was archived`);
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x02014b50);
    head.writeUInt16LE(VERSION, 4); // version made by
    const tail = Buffer.alloc(14);
    // comment length, disk number, internal and external attributes: all 0; then the local header's offset.
    tail.writeUInt32LE(offset, 10);
    central.push(head, fields, tail, name);
    offset += LOCAL_HEADER + name.length + s.size;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(END_RECORD);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sources.length, 8);
  end.writeUInt16LE(sources.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}
