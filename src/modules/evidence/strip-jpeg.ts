import { badRequest } from '../../core/errors';
import { orientationApp1, readExifOrientation } from './exif-orientation';

const malformed = () => badRequest('unreadable_image', 'The image could not be read: is it a complete JPEG file?');

const SOS = 0xda;
const EOI = 0xd9;
const COM = 0xfe;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;

const isApp = (marker: number) => marker >= APP0 && marker <= 0xef;
/** Markers that stand alone, without a length: restarts and TEM. */
const isStandalone = (marker: number) => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
const hasTag = (payload: Uint8Array, tag: string) => Buffer.from(payload.subarray(0, tag.length)).toString('latin1') === tag;

/**
 * Which application segments the shared copy keeps: JFIF (APP0), the colour profile (ICC in APP2)
 * and Adobe's colour-transform flags (APP14, needed to decode the colours right; it holds nothing
 * about the picture's author, place or time). EXIF and XMP (APP1, with GPS), IPTC (APP13), MPF and
 * maker segments, and comments go.
 */
function keepsSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === COM) return false;
  if (!isApp(marker)) return true;
  if (marker === APP0) return hasTag(payload, 'JFIF\0');
  if (marker === APP2) return hasTag(payload, 'ICC_PROFILE\0');
  if (marker === APP14) return hasTag(payload, 'Adobe');
  return false;
}

/** Where the entropy-coded data after a SOS header ends: at the first marker that is not a restart or a stuffed 0xFF. */
function scanEnd(src: Uint8Array, from: number): number {
  for (let i = from; i + 1 < src.length; i++) {
    if (src[i] !== 0xff) continue;
    const next = src[i + 1];
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i++;
    else if (next !== 0xff) return i;
  }
  throw malformed();
}

/**
 * A JPEG without its metadata, every image byte (tables, frame, scans) copied unchanged. Anything
 * after the end-of-image marker (phone trailers, appended pictures and videos) is dropped. When the
 * EXIF said the picture is rotated, a minimal EXIF with only that orientation is put back, so the
 * shared copy is not shown sideways.
 */
export function stripJpegMetadata(src: Uint8Array): Uint8Array {
  if (src[0] !== 0xff || src[1] !== 0xd8) throw malformed();
  const parts: Uint8Array[] = [src.subarray(0, 2)];
  let orientation: number | null = null;
  let pos = 2;
  for (;;) {
    if (src[pos] !== 0xff) throw malformed();
    while (src[pos] === 0xff) pos++; // fill bytes
    if (pos >= src.length) throw malformed();
    const marker = src[pos++];
    if (marker === EOI) {
      parts.push(Uint8Array.of(0xff, EOI));
      break;
    }
    if (isStandalone(marker)) {
      parts.push(Uint8Array.of(0xff, marker));
      continue;
    }
    if (pos + 2 > src.length) throw malformed();
    const length = (src[pos] << 8) | src[pos + 1];
    if (length < 2 || pos + length > src.length) throw malformed();
    const payload = src.subarray(pos + 2, pos + length);
    if (keepsSegment(marker, payload)) parts.push(src.subarray(pos - 2, pos + length));
    else if (marker === APP1 && hasTag(payload, 'Exif\0\0')) orientation ??= readExifOrientation(payload.subarray(6));
    pos += length;
    if (marker === SOS) {
      const end = scanEnd(src, pos);
      parts.push(src.subarray(pos, end));
      pos = end;
    }
  }
  // After JFIF, when there is one: JFIF must come first.
  if (orientation !== null && orientation !== 1) parts.splice(parts[1]?.[1] === APP0 ? 2 : 1, 0, orientationApp1(orientation));
  return Buffer.concat(parts);
}
