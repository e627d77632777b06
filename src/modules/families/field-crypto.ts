import { randomBytes } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

/**
 * Field encryption for family cases (R-ENC-1): XChaCha20-Poly1305 with a 32-byte key the server is
 * given at start (e.g. env FAMILIES_KEY) and never writes to the database. A sealed value is the text
 * `v1.<nonce>.<ciphertext>` (base64url, no padding); the nonce is 24 random bytes, so values need no
 * counter and two encryptions of the same text differ. The associated data names the row and column
 * (see fieldAad), so a ciphertext copied into another case or another column does not decrypt.
 */

declare const fieldKeyBrand: unique symbol;
/** Only parseFieldKey makes one, so a key is always 32 checked bytes. */
export type FieldKey = Uint8Array & { readonly [fieldKeyBrand]: true };

export class FieldKeyError extends Error {
  override name = 'FieldKeyError';
}

export type FieldDecryptFailure = 'malformed' | 'unsupported_version' | 'auth_failed';

export class FieldDecryptError extends Error {
  override name = 'FieldDecryptError';
  constructor(readonly reason: FieldDecryptFailure) {
    // Says what kind of failure only: never the value or the key, which could end up in a log.
    super(`Could not decrypt a field (${reason}).`);
  }
}

const VERSION = 'v1';
const KEY_BYTES = 32;
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const AAD_PART = /^[A-Za-z0-9_-]{1,64}$/;
const LONE_SURROGATE = /\p{Cs}/u;
const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export const KEY_HINT =
  'The field key must be 32 random bytes in base64url (43 characters); make one with ' +
  `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`;

/** Base64url that decodes to exactly these bytes and back: Buffer alone skips stray characters. */
function decodeBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? new Uint8Array(bytes) : null;
}

const encodeBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** Reads the key as given to the server; surrounding whitespace (a newline from a file) is ignored. */
export function parseFieldKey(text: string | undefined): FieldKey {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) throw new FieldKeyError(`The field key is missing. ${KEY_HINT}`);
  const bytes = decodeBase64Url(trimmed);
  if (!bytes || bytes.length !== KEY_BYTES) throw new FieldKeyError(`The field key is not valid. ${KEY_HINT}`);
  // All zero bytes is what a placeholder like "AAAA…" decodes to, never a random key.
  if (bytes.every((byte) => byte === 0)) throw new FieldKeyError(`The field key is all zeros, a placeholder. ${KEY_HINT}`);
  return bytes as FieldKey;
}

/** A fresh key in the text form parseFieldKey reads. */
export const newFieldKeyText = () => randomBytes(KEY_BYTES).toString('base64url');

/** The associated data for one field: `family_case:<id>:notes`. */
export function fieldAad(table: string, rowId: string, column: string): string {
  for (const part of [table, rowId, column])
    if (!AAD_PART.test(part)) throw new RangeError('Field AAD parts are 1 to 64 letters, digits, "-" or "_".');
  return `${table}:${rowId}:${column}`;
}

function aadBytes(aad: string): Uint8Array {
  // Empty associated data would let a value move anywhere: binding it to its row is the point.
  if (!aad) throw new RangeError('Field encryption needs associated data naming the row and column.');
  return utf8.encode(aad);
}

export function encryptField(key: FieldKey, plaintext: string, aad: string): string {
  // UTF-8 cannot carry a lone surrogate: it would come back as U+FFFD, a silent change of the value.
  if (LONE_SURROGATE.test(plaintext)) throw new RangeError('The value is not well-formed Unicode text.');
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES));
  const sealed = xchacha20poly1305(key, nonce, aadBytes(aad)).encrypt(utf8.encode(plaintext));
  return `${VERSION}.${encodeBase64Url(nonce)}.${encodeBase64Url(sealed)}`;
}

export function decryptField(key: FieldKey, sealed: string, aad: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 3) throw new FieldDecryptError('malformed');
  const [version, nonceText, cipherText] = parts;
  if (version !== VERSION) throw new FieldDecryptError('unsupported_version');
  const nonce = decodeBase64Url(nonceText);
  const cipher = decodeBase64Url(cipherText);
  if (nonce?.length !== NONCE_BYTES || !cipher || cipher.length < TAG_BYTES) throw new FieldDecryptError('malformed');
  const cipherForRow = xchacha20poly1305(key, nonce, aadBytes(aad));
  let plain: Uint8Array;
  try {
    plain = cipherForRow.decrypt(cipher);
  } catch {
    throw new FieldDecryptError('auth_failed');
  }
  return strictUtf8.decode(plain);
}
