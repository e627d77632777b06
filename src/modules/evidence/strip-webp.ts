import { badRequest } from '../../core/errors';

const malformed = () => badRequest('unreadable_image', 'The image could not be read: is it a complete WebP file?');

const HEADER_LENGTH = 12;
/** Chunks of the image itself; EXIF, XMP and anything unknown are left out. */
const KEPT_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
/** VP8X flag bits announcing EXIF and XMP chunks, cleared since those chunks are gone. */
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

/** The WebP without its metadata chunks, with the RIFF size and the VP8X flags made to match. */
export function stripWebpMetadata(src: Uint8Array): Uint8Array {
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  if (src.length < HEADER_LENGTH) throw malformed();
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > src.length) throw malformed();
  const parts: Buffer[] = [Buffer.from(src.subarray(0, HEADER_LENGTH))];
  let pos = HEADER_LENGTH;
  while (pos < riffEnd) {
    if (pos + 8 > riffEnd) throw malformed();
    const fourcc = Buffer.from(src.subarray(pos, pos + 4)).toString('latin1');
    const size = view.getUint32(pos + 4, true);
    const end = pos + 8 + size + (size % 2); // chunks are padded to an even length
    if (end > riffEnd) throw malformed();
    if (KEPT_CHUNKS.has(fourcc)) {
      const chunk = Buffer.from(src.subarray(pos, end));
      if (fourcc === 'VP8X') {
        if (size < 1) throw malformed();
        chunk[8] &= ~(VP8X_EXIF | VP8X_XMP);
      }
      parts.push(chunk);
    }
    pos = end;
  }
  const out = Buffer.concat(parts);
  out.writeUInt32LE(out.length - 8, 4);
  return out;
}
