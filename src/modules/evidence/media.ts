import { IMAGE_TYPES, MEDIA_TYPES, type MediaType } from './contract';
import { stripJpegMetadata } from './strip-jpeg';
import { stripPngMetadata } from './strip-png';
import { stripWebpMetadata } from './strip-webp';

/** How many leading bytes `matchesMagic` needs to see. */
export const MAGIC_BYTES = 64;

export const isMediaType = (value: string): value is MediaType => (MEDIA_TYPES as readonly string[]).includes(value);
export const isImage = (type: MediaType) => (IMAGE_TYPES as readonly string[]).includes(type);

/** The media type of a Content-Type header, without parameters. */
export const essenceOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** ISO base media files (MP4, QuickTime) start with a box; `ftyp` names the brand. */
function isoBrand(head: Uint8Array): string | null {
  return ascii(head, 4, 8) === 'ftyp' ? ascii(head, 8, 12) : null;
}

/** Whether the first bytes of a file are what its declared type says it is. */
export function matchesMagic(type: MediaType, head: Uint8Array): boolean {
  switch (type) {
    case 'image/jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/webp':
      return ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP';
    case 'video/mp4': {
      const brand = isoBrand(head);
      return brand !== null && brand !== 'qt  ';
    }
    case 'video/quicktime': {
      // Older QuickTime files have no `ftyp` and start with one of these atoms.
      const brand = isoBrand(head);
      return brand === 'qt  ' || (brand === null && ['moov', 'mdat', 'wide', 'free', 'skip'].includes(ascii(head, 4, 8)));
    }
    case 'video/webm':
      // An EBML header whose DocType is "webm" (Matroska proper says "matroska").
      return startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(head, 4, MAGIC_BYTES).includes('webm');
  }
}

/**
 * The copy that may be shared: the same image with metadata (EXIF with GPS, XMP, IPTC, comments,
 * text chunks) removed. Null for video: there is no safe stripper for video containers here.
 */
export function sharedCopyOf(type: MediaType, original: Uint8Array): Uint8Array | null {
  switch (type) {
    case 'image/jpeg':
      return stripJpegMetadata(original);
    case 'image/png':
      return stripPngMetadata(original);
    case 'image/webp':
      return stripWebpMetadata(original);
    default:
      return null;
  }
}

const EXTENSIONS: Record<MediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
};
export const extensionOf = (type: MediaType) => EXTENSIONS[type];
