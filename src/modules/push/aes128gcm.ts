import { createCipheriv, createECDH, createHmac, type ECDH, randomBytes } from 'node:crypto';

/**
 * Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188), with
 * node:crypto only. Every message gets a fresh ephemeral key pair and salt, as RFC 8291 §3.1 requires:
 * this is the per-message work no cache may skip.
 */

/** One record is enough: payloads are a few dozen bytes and the record size just has to exceed them. */
export const RECORD_SIZE = 4096;
const TAG_LENGTH = 16;
/** RFC 8291 §4: push services need only accept 4096 bytes of body, i.e. 3993 bytes of plaintext. */
export const MAX_PLAINTEXT = RECORD_SIZE - 86 - TAG_LENGTH - 1;

const KEY_INFO_PREFIX = Buffer.from('WebPush: info\0');
const CEK_INFO = Buffer.from('Content-Encoding: aes128gcm\0\x01');
const NONCE_INFO = Buffer.from('Content-Encoding: nonce\0\x01');
const ONE = Buffer.from([1]);
const LAST_RECORD = Buffer.from([2]);

const hmac = (key: Buffer, ...data: Buffer[]) => {
  const h = createHmac('sha256', key);
  for (const d of data) h.update(d);
  return h.digest();
};

export interface Recipient {
  /** The device's public key: an uncompressed P-256 point (65 bytes). */
  p256dh: Buffer;
  /** The device's 16-byte authentication secret. */
  auth: Buffer;
}

/** Only tests fix these, to reproduce the example of RFC 8291 Appendix A. */
export interface FixedRandomness {
  ephemeral: ECDH;
  salt: Buffer;
}

export function encryptAes128gcm(to: Recipient, plaintext: Buffer, fixed?: FixedRandomness): Buffer {
  if (plaintext.length > MAX_PLAINTEXT) throw new Error(`A push payload is limited to ${MAX_PLAINTEXT} bytes`);
  let ephemeral = fixed?.ephemeral;
  if (!ephemeral) {
    ephemeral = createECDH('prime256v1');
    ephemeral.generateKeys();
  }
  const asPublic = ephemeral.getPublicKey();
  const salt = fixed?.salt ?? randomBytes(16);
  const ecdhSecret = ephemeral.computeSecret(to.p256dh);

  // HKDF with outputs of at most one hash length is one HMAC to extract and one to expand (RFC 5869).
  const ikm = hmac(hmac(to.auth, ecdhSecret), KEY_INFO_PREFIX, to.p256dh, asPublic, ONE);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, CEK_INFO).subarray(0, 16);
  const nonce = hmac(prk, NONCE_INFO).subarray(0, 12);

  const header = Buffer.allocUnsafe(21);
  salt.copy(header, 0);
  header.writeUInt32BE(RECORD_SIZE, 16);
  header[20] = asPublic.length;
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  const head = cipher.update(plaintext);
  const tail = cipher.update(LAST_RECORD);
  cipher.final();
  return Buffer.concat([header, asPublic, head, tail, cipher.getAuthTag()]);
}
