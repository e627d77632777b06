import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../core/errors';
import { MEDIA_TYPES, type MediaType } from './contract';
import { readExifOrientation } from './exif-orientation';
import { matchesMagic, sharedCopyOf } from './media';
import { stripJpegMetadata } from './strip-jpeg';
import {
  GPS_LATITUDE,
  GPS_LONGITUDE,
  GPS_TEXT,
  jpegWithGps,
  mp4Head,
  pngWithMetadata,
  quicktimeHead,
  rationalBytes,
  webmHead,
  webpWithMetadata,
} from './test-media';

const has = (haystack: Uint8Array, needle: Uint8Array | string) => Buffer.from(haystack).includes(needle as Buffer);

test('the first bytes must be what the declared type says', () => {
  const samples: Record<MediaType, Uint8Array> = {
    'image/jpeg': jpegWithGps().bytes,
    'image/png': pngWithMetadata().bytes,
    'image/webp': webpWithMetadata().bytes,
    'video/mp4': mp4Head(),
    'video/quicktime': quicktimeHead(),
    'video/webm': webmHead(),
  };
  for (const declared of MEDIA_TYPES) {
    for (const [actual, bytes] of Object.entries(samples)) {
      assert.equal(matchesMagic(declared, bytes), declared === actual, `${actual} bytes declared as ${declared}`);
    }
  }
  assert.equal(matchesMagic('image/webp', Buffer.from('RIFF\0\0\0\0WAVEfmt ')), false, 'a RIFF that is not WebP');
  const matroska = Buffer.from(webmHead().toString('latin1').replace('webm', 'mkvx'), 'latin1');
  assert.equal(matchesMagic('video/webm', matroska), false, 'Matroska that is not WebM');
  assert.equal(matchesMagic('image/jpeg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), false);
});

test('the shared JPEG loses EXIF GPS, XMP, IPTC, MPF, comments and trailers; image bytes are unchanged', () => {
  const { bytes, jfif, imageSegments, scan } = jpegWithGps();
  assert.ok(has(bytes, rationalBytes(GPS_LATITUDE)) && has(bytes, GPS_TEXT), 'the original carries the location');
  const shared = Buffer.from(stripJpegMetadata(bytes));
  for (const gone of [
    rationalBytes(GPS_LATITUDE),
    rationalBytes(GPS_LONGITUDE),
    GPS_TEXT,
    'Minneapolis',
    'xap/1.0',
    'Photoshop',
    'MPF',
    'SEFT',
  ]) {
    assert.ok(!has(shared, gone), `${String(gone)} is gone`);
  }
  // What is left: SOI, JFIF, an EXIF holding only the orientation, then every image byte, in order.
  const soi = Buffer.from([0xff, 0xd8]);
  const eoi = Buffer.from([0xff, 0xd9]);
  const orientation = shared.subarray(soi.length + jfif.length, shared.length - imageSegments.length - scan.length - eoi.length);
  assert.deepEqual(Buffer.concat([soi, jfif, orientation, imageSegments, scan, eoi]), shared);
  assert.equal(orientation.subarray(4, 10).toString('latin1'), 'Exif\0\0');
  assert.equal(readExifOrientation(orientation.subarray(10)), 6, 'the picture still shows the right way up');
  assert.ok(!has(orientation, Buffer.from([0x88, 0x25])), 'no GPS pointer in the kept EXIF');
  assert.ok(orientation.length < 40);
});

test('a JPEG without rotation keeps no EXIF at all; ICC and Adobe segments stay', () => {
  const segment = (marker: number, text: string) => {
    const payload = Buffer.from(text, 'latin1');
    return Buffer.concat([Buffer.from([0xff, marker, 0, payload.length + 2]), payload]);
  };
  const icc = segment(0xe2, 'ICC_PROFILE\0\x01\x01profile');
  const adobe = segment(0xee, 'Adobe\0\x64\0\0\0\0\x01');
  // Entropy-coded data with a stuffed 0xFF, a restart marker, fill bytes; a comment between two scans.
  const scan1 = Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
  const scan2 = Buffer.from([0xff, 0xff, 0xda, 0, 8, 1, 1, 0, 1, 63, 0, 0x78, 0xff, 0x00]);
  const src = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    icc,
    segment(0xe1, 'Exif\0\0MM'),
    adobe,
    scan1,
    segment(0xfe, GPS_TEXT),
    scan2,
    Buffer.from([0xff, 0xd9]),
  ]);
  const shared = Buffer.from(stripJpegMetadata(src));
  assert.deepEqual(shared, Buffer.concat([Buffer.from([0xff, 0xd8]), icc, adobe, scan1, scan2.subarray(1), Buffer.from([0xff, 0xd9])]));
});

test('a truncated or broken JPEG is refused as unreadable, not a crash', () => {
  const { bytes } = jpegWithGps();
  for (const broken of [
    bytes.subarray(0, 30),
    bytes.subarray(0, bytes.length - 60),
    Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1]),
  ]) {
    assert.throws(
      () => stripJpegMetadata(broken),
      (err) => err instanceof AppError && err.code === 'unreadable_image',
    );
  }
});

test('the shared PNG keeps its image chunks byte for byte and drops eXIf, text, time and private chunks', () => {
  const { bytes, kept } = pngWithMetadata();
  const shared = Buffer.from(sharedCopyOf('image/png', bytes) as Uint8Array);
  assert.deepEqual(shared, kept);
  assert.ok(!has(shared, GPS_TEXT) && !has(shared, rationalBytes(GPS_LATITUDE)));
  assert.throws(() => sharedCopyOf('image/png', bytes.subarray(0, 60)), AppError);
});

test('the shared WebP drops EXIF and XMP, clears their VP8X flags and fixes the RIFF size', () => {
  const { bytes, expected } = webpWithMetadata();
  const shared = Buffer.from(sharedCopyOf('image/webp', bytes) as Uint8Array);
  assert.deepEqual(shared, expected);
  assert.equal(shared.readUInt32LE(4), shared.length - 8);
  assert.equal(shared[20] & 0x0c, 0, 'EXIF and XMP flags are clear');
  assert.ok(!has(shared, GPS_TEXT));
  assert.throws(() => sharedCopyOf('image/webp', bytes.subarray(0, 40)), AppError);
});

test('videos have no shared copy: there is no safe metadata stripper for them', () => {
  assert.equal(sharedCopyOf('video/mp4', mp4Head()), null);
  assert.equal(sharedCopyOf('video/quicktime', quicktimeHead()), null);
  assert.equal(sharedCopyOf('video/webm', webmHead()), null);
});
