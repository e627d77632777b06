import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import fc from 'fast-check';
import { decryptField, encryptField, FieldDecryptError, FieldKeyError, fieldAad, newFieldKeyText, parseFieldKey } from './field-crypto';

const key = parseFieldKey(newFieldKeyText());
const notes = fieldAad('family_case', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'notes');
const failsWith = (reason: string) => (error: unknown) => error instanceof FieldDecryptError && error.reason === reason;

/** Flips one bit of the given part (1: nonce, 2: ciphertext) of a sealed value, keeping it well-formed base64url. */
function flipBit(sealed: string, part: 1 | 2, bit: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[part], 'base64url');
  bytes[Math.floor(bit / 8) % bytes.length] ^= 1 << (bit % 8);
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

test('any Unicode text round-trips, and the sealed form is v1.<nonce>.<ciphertext> in base64url', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (plaintext) => {
      const sealed = encryptField(key, plaintext, notes);
      assert.match(sealed, /^v1\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{22,}$/);
      assert.equal(decryptField(key, sealed, notes), plaintext);
    }),
  );
  assert.equal(decryptField(key, encryptField(key, '', notes), notes), '');
});

test('it is XChaCha20-Poly1305 with the row and column as associated data', () => {
  const sealed = encryptField(key, 'needs: rent, school contact', notes);
  const [, nonce, cipher] = sealed.split('.').map((part) => new Uint8Array(Buffer.from(part, 'base64url')));
  const plain = xchacha20poly1305(key, nonce, new TextEncoder().encode('family_case:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b:notes')).decrypt(
    cipher,
  );
  assert.equal(new TextDecoder().decode(plain), 'needs: rent, school contact');
});

test('the same text encrypts differently each time (random nonce)', () => {
  const first = encryptField(key, 'same text', notes);
  const second = encryptField(key, 'same text', notes);
  assert.notEqual(first, second);
  assert.notEqual(first.split('.')[1], second.split('.')[1]);
});

test('another key does not decrypt', () => {
  const sealed = encryptField(key, 'canary-5f1e', notes);
  assert.throws(() => decryptField(parseFieldKey(newFieldKeyText()), sealed, notes), failsWith('auth_failed'));
});

test('any flipped bit in the nonce or the ciphertext fails', () => {
  const sealed = encryptField(key, 'Household of 4; rent due on the 1st', notes);
  fc.assert(
    fc.property(fc.constantFrom(1 as const, 2 as const), fc.nat(), (part, bit) => {
      assert.throws(() => decryptField(key, flipBit(sealed, part, bit), notes), failsWith('auth_failed'));
    }),
  );
});

test('a value moved to another row or column does not decrypt', () => {
  const sealed = encryptField(key, 'canary-5f1e', notes);
  assert.throws(
    () => decryptField(key, sealed, fieldAad('family_case', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c', 'notes')),
    failsWith('auth_failed'),
  );
  assert.throws(
    () => decryptField(key, sealed, fieldAad('family_case', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'needs')),
    failsWith('auth_failed'),
  );
  assert.throws(() => decryptField(key, sealed, ''), RangeError);
  assert.throws(() => encryptField(key, 'x', ''), RangeError);
});

test('malformed sealed values and other versions are refused as such', () => {
  const sealed = encryptField(key, 'x', notes);
  const [, nonce, cipher] = sealed.split('.');
  for (const bad of [
    '',
    'x',
    `v1.${nonce}`,
    `${sealed}.x`,
    `v1.${nonce}.${cipher}=`,
    `v1.${nonce}.${cipher}+`,
    `v1.${nonce.slice(2)}.${cipher}`,
    `v1.${nonce}.AAAA`,
  ])
    assert.throws(() => decryptField(key, bad, notes), failsWith('malformed'), bad);
  assert.throws(() => decryptField(key, `v2.${nonce}.${cipher}`, notes), failsWith('unsupported_version'));
});

test('error messages never contain the value or the key', () => {
  const keyText = newFieldKeyText();
  const sealed = encryptField(parseFieldKey(keyText), 'canary-5f1e', notes);
  try {
    decryptField(key, sealed, notes);
    assert.fail('should not decrypt');
  } catch (error) {
    assert.ok(error instanceof FieldDecryptError);
    assert.doesNotMatch(error.message, /canary|5f1e/);
    assert.ok(!error.message.includes(keyText));
  }
});

test('bad key text is refused with a clear error that does not echo it', () => {
  const cases = [
    undefined,
    '',
    '   ',
    'not a key',
    Buffer.alloc(16, 7).toString('base64url'),
    Buffer.alloc(33, 7).toString('base64url'),
    Buffer.alloc(32, 7).toString('base64'),
    `${Buffer.alloc(32, 7).toString('base64url')}=`,
    `${Buffer.alloc(32, 7).toString('base64url').slice(0, -1)}B`,
    Buffer.alloc(32).toString('base64url'),
  ];
  for (const text of cases)
    assert.throws(
      () => parseFieldKey(text),
      (error) =>
        error instanceof FieldKeyError &&
        /32 random bytes in base64url/.test(error.message) &&
        !(text?.trim() && error.message.includes(text.trim())),
      String(text),
    );
  const text = newFieldKeyText();
  assert.equal(parseFieldKey(`${text}\n`).length, 32);
});

test('text that UTF-8 cannot carry and loose AAD parts are refused', () => {
  assert.throws(() => encryptField(key, 'half \ud800 pair', notes), RangeError);
  assert.throws(() => fieldAad('family_case', 'a:b', 'notes'), RangeError);
  assert.throws(() => fieldAad('family_case', '', 'notes'), RangeError);
});
