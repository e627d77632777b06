import { badRequest } from '../../core/errors';

const malformed = () => badRequest('unreadable_image', 'The image could not be read: is it a complete PNG file?');

const SIGNATURE_LENGTH = 8;

/**
 * Ancillary chunks that describe how to show the pixels and nothing else. Every other ancillary
 * chunk goes: eXIf, tEXt, iTXt, zTXt (where cameras and editors write GPS, dates and names), tIME,
 * and any private chunk we cannot vouch for. Critical chunks (IHDR, PLTE, IDAT, IEND…) all stay.
 */
const KEPT_ANCILLARY = new Set([
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'hIST',
  'pHYs',
  'sPLT',
  // Animated PNG.
  'acTL',
  'fcTL',
  'fdAT',
]);

/** A critical chunk's type starts with an upper-case letter (bit 5 of its first byte clear). */
const isCritical = (type: string) => (type.charCodeAt(0) & 0x20) === 0;

/** The PNG without its metadata chunks; the kept chunks are copied byte for byte, with their CRCs. */
export function stripPngMetadata(src: Uint8Array): Uint8Array {
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  const parts: Uint8Array[] = [src.subarray(0, SIGNATURE_LENGTH)];
  let pos = SIGNATURE_LENGTH;
  for (;;) {
    if (pos + 12 > src.length) throw malformed();
    const length = view.getUint32(pos);
    const end = pos + 12 + length;
    if (end > src.length) throw malformed();
    const type = Buffer.from(src.subarray(pos + 4, pos + 8)).toString('latin1');
    if (isCritical(type) || KEPT_ANCILLARY.has(type)) parts.push(src.subarray(pos, end));
    pos = end;
    // Whatever follows IEND is not part of the image.
    if (type === 'IEND') return Buffer.concat(parts);
  }
}
