import zlib from 'node:zlib';

/**
 * Real media files built byte by byte for the tests, carrying the metadata a phone writes: EXIF with
 * GPS coordinates, XMP, IPTC, comments, text chunks. Each also returns the parts that must survive.
 */

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** Where the test photo was taken: 44°56'30.96"N 93°15'19.44"W, as EXIF rationals. */
export const GPS_LATITUDE = [44, 1, 56, 1, 3096, 100];
export const GPS_LONGITUDE = [93, 1, 15, 1, 1944, 100];
export const rationalBytes = (values: number[]) => Buffer.concat(values.map(u32));
export const GPS_TEXT = '44.941933,-93.2554';

/** A big-endian TIFF block with IFD0 (Orientation 6 = turned, GPS pointer) and a GPS IFD. */
export function exifTiff(): Buffer {
  const ifd0 = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const gps = ifd0 + ifd0Size;
  const gpsSize = 2 + 4 * 12 + 4;
  const latAt = gps + gpsSize;
  const lngAt = latAt + 24;
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([u16(tag), u16(type), u32(count), value]);
  return Buffer.concat([
    latin1('MM'),
    u16(42),
    u32(ifd0),
    u16(2),
    entry(0x0112, 3, 1, Buffer.concat([u16(6), u16(0)])),
    entry(0x8825, 4, 1, u32(gps)),
    u32(0),
    u16(4),
    entry(0x0001, 2, 2, latin1('N\0\0\0')),
    entry(0x0002, 5, 3, u32(latAt)),
    entry(0x0003, 2, 2, latin1('W\0\0\0')),
    entry(0x0004, 5, 3, u32(lngAt)),
    u32(0),
    rationalBytes(GPS_LATITUDE),
    rationalBytes(GPS_LONGITUDE),
  ]);
}

const segment = (marker: number, payload: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);

export const XMP_PACKET = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="${GPS_TEXT}"/></x:xmpmeta>`;

/**
 * An 8×8 grey baseline JPEG any decoder opens: one quantisation table, one-code Huffman tables and a
 * one-byte scan (DC difference 0, end of block). Around it: JFIF, EXIF with GPS, XMP, IPTC, a comment,
 * an MPF segment, and a trailer after the end of the image, as some phones write.
 */
export function jpegWithGps() {
  const imageSegments = Buffer.concat([
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.concat([Buffer.from([0x00, 1]), Buffer.alloc(15), Buffer.from([0x00])])),
    segment(0xc4, Buffer.concat([Buffer.from([0x10, 1]), Buffer.alloc(15), Buffer.from([0x00])])),
  ]);
  const scan = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])), Buffer.from([0x3f])]);
  const jfif = segment(0xe0, Buffer.concat([latin1('JFIF\0'), Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0])]));
  const bytes = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jfif,
    segment(0xe1, Buffer.concat([latin1('Exif\0\0'), exifTiff()])),
    segment(0xe1, Buffer.concat([latin1('http://ns.adobe.com/xap/1.0/\0'), latin1(XMP_PACKET)])),
    segment(0xed, Buffer.concat([latin1('Photoshop 3.0\u00008BIM'), u16(0x0404), latin1(`City: Minneapolis ${GPS_TEXT}`)])),
    segment(0xe2, Buffer.concat([latin1('MPF\0'), latin1('MM'), u16(42)])),
    segment(0xfe, latin1(`Taken at ${GPS_TEXT}`)),
    imageSegments,
    scan,
    Buffer.from([0xff, 0xd9]),
    latin1(`SEFT trailer ${GPS_TEXT}`),
  ]);
  return { bytes, jfif, imageSegments, scan };
}

function pngChunk(type: string, data: Buffer) {
  const typed = Buffer.concat([latin1(type), data]);
  return Buffer.concat([u32(data.length), typed, u32(zlib.crc32(typed) >>> 0)]);
}

/** A 1×1 PNG with every kind of metadata chunk, a private chunk, and data after IEND. */
export function pngWithMetadata() {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = pngChunk('IHDR', Buffer.concat([u32(1), u32(1), Buffer.from([8, 2, 0, 0, 0])]));
  const phys = pngChunk('pHYs', Buffer.concat([u32(2835), u32(2835), Buffer.from([1])]));
  const idat = pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 0xc0, 0x30, 0x20])));
  const iend = pngChunk('IEND', Buffer.alloc(0));
  const bytes = Buffer.concat([
    signature,
    ihdr,
    pngChunk('eXIf', exifTiff()),
    pngChunk('tEXt', latin1(`Comment\0${GPS_TEXT}`)),
    pngChunk('iTXt', latin1(`XML:com.adobe.xmp\0\0\0\0\0${XMP_PACKET}`)),
    pngChunk('zTXt', Buffer.concat([latin1('Location\0\0'), zlib.deflateSync(latin1(GPS_TEXT))])),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 1, 23, 10, 15, 0])),
    pngChunk('prVt', latin1(GPS_TEXT)),
    phys,
    idat,
    iend,
    latin1(GPS_TEXT),
  ]);
  return { bytes, kept: Buffer.concat([signature, ihdr, phys, idat, iend]) };
}

/** A 2×2 lossy image (VP8, as Chromium encodes it), extended format with EXIF and an odd-sized XMP chunk. */
const VP8_CHUNK = Buffer.from(
  '565038202e000000d001009d012a0200020001402625a00274ba01f80003b000fef0531fff1672311d9e6ffeda1fd687f5a1ff4a0000',
  'hex',
);

function riffChunk(fourcc: string, data: Buffer) {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(data.length);
  return Buffer.concat([latin1(fourcc), size, data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
}

export function webpWithMetadata() {
  const canvas = Buffer.from([1, 0, 0, 1, 0, 0]); // width-1 and height-1, 24 bits each
  const vp8x = (flags: number) => riffChunk('VP8X', Buffer.concat([Buffer.from([flags, 0, 0, 0]), canvas]));
  const riff = (chunks: Buffer[]) => {
    const body = Buffer.concat([latin1('WEBP'), ...chunks]);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(body.length);
    return Buffer.concat([latin1('RIFF'), size, body]);
  };
  const xmp = latin1(`${XMP_PACKET} `); // odd length: the chunk is padded
  const bytes = riff([vp8x(0x08 | 0x04), VP8_CHUNK, riffChunk('EXIF', exifTiff()), riffChunk('XMP ', xmp)]);
  return { bytes, expected: riff([vp8x(0), VP8_CHUNK]) };
}

/** The first box of an MP4 (ISO brand) and of a QuickTime movie; enough for the type check. */
export const mp4Head = () => Buffer.concat([u32(24), latin1('ftypisom'), u32(512), latin1('isomiso2'), u32(8), latin1('free')]);
export const quicktimeHead = () => Buffer.concat([u32(20), latin1('ftypqt  '), u32(0x200), latin1('qt  '), u32(8), latin1('wide')]);
/** An EBML header with DocType "webm". */
export const webmHead = () =>
  Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84]), latin1('webm'), Buffer.alloc(16)]);
