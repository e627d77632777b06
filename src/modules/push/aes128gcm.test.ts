import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import webpush from 'web-push';
import { encryptAes128gcm, MAX_PLAINTEXT } from './aes128gcm';
import { decryptAes128gcm } from './test-support/decrypt';

const b = (s: string) => Buffer.from(s, 'base64url');

/** RFC 8291 Appendix A. */
const RFC = {
  plaintext: 'When I grow up, I want to be a watermelon',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  uaPublic: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  body:
    'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT' +
    'pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};

function device() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
}

test('encryption reproduces the example of RFC 8291 byte for byte, and the double decrypts it', () => {
  const ephemeral = createECDH('prime256v1');
  ephemeral.setPrivateKey(b(RFC.asPrivate));
  const body = encryptAes128gcm({ p256dh: b(RFC.uaPublic), auth: b(RFC.auth) }, Buffer.from(RFC.plaintext), {
    ephemeral,
    salt: b(RFC.salt),
  });
  assert.equal(body.toString('base64url'), RFC.body);

  const ua = createECDH('prime256v1');
  ua.setPrivateKey(b(RFC.uaPrivate));
  assert.equal(decryptAes128gcm(b(RFC.body), { ecdh: ua, auth: b(RFC.auth) }).toString(), RFC.plaintext);
});

test('every message gets its own ephemeral key and salt', () => {
  const d = device();
  const to = { p256dh: d.ecdh.getPublicKey(), auth: d.auth };
  const one = encryptAes128gcm(to, Buffer.from('{"kind":"alert","id":"a"}'));
  const two = encryptAes128gcm(to, Buffer.from('{"kind":"alert","id":"a"}'));
  assert.notDeepEqual(one.subarray(0, 16), two.subarray(0, 16), 'salt');
  assert.notDeepEqual(one.subarray(21, 86), two.subarray(21, 86), 'sender key');
  assert.equal(decryptAes128gcm(one, d).toString(), '{"kind":"alert","id":"a"}');
  assert.equal(decryptAes128gcm(two, d).toString(), '{"kind":"alert","id":"a"}');
});

test("the double's decryption agrees with web-push's encryption, and refuses a tampered body", () => {
  const d = device();
  const { cipherText } = webpush.encrypt(d.ecdh.getPublicKey('base64url'), d.auth.toString('base64url'), 'hello', 'aes128gcm');
  assert.equal(decryptAes128gcm(cipherText, d).toString(), 'hello');
  const tampered = Buffer.from(cipherText);
  tampered[tampered.length - 20] ^= 1;
  assert.throws(() => decryptAes128gcm(tampered, d));
  const other = device();
  assert.throws(() => decryptAes128gcm(cipherText, other), 'another device cannot read it');
});

test('a payload larger than push services must accept is refused before sending', () => {
  const d = device();
  const to = { p256dh: d.ecdh.getPublicKey(), auth: d.auth };
  assert.equal(decryptAes128gcm(encryptAes128gcm(to, Buffer.alloc(MAX_PLAINTEXT, 1)), d).length, MAX_PLAINTEXT);
  assert.equal(encryptAes128gcm(to, Buffer.alloc(MAX_PLAINTEXT)).length, 4096);
  assert.throws(() => encryptAes128gcm(to, Buffer.alloc(MAX_PLAINTEXT + 1)));
});
