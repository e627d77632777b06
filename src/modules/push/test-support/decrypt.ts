import { createDecipheriv, createHmac, type ECDH } from 'node:crypto';

/** HKDF-SHA-256 (RFC 5869) for outputs of up to 32 bytes: extract, then one round of expand. */
function hkdf(salt: Buffer, ikm: Buffer, info: Buffer, length: number): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  return createHmac('sha256', prk)
    .update(info)
    .update(Buffer.from([1]))
    .digest()
    .subarray(0, length);
}

/**
 * What a browser does with a push message body: RFC 8291 decryption of the aes128gcm content coding
 * (RFC 8188). Written apart from the sending side, from the RFCs' own terms (a general HKDF), so
 * that the double checks the sender instead of agreeing with it by construction.
 */
export function decryptAes128gcm(body: Buffer, device: { ecdh: ECDH; auth: Buffer }): Buffer {
  if (body.length < 21) throw new Error('body shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20];
  if (idLength !== 65) throw new Error(`key id of ${idLength} bytes; RFC 8291 needs the 65-byte sender key`);
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (record.length <= 16) throw new Error('no ciphertext');
  if (record.length > recordSize) throw new Error('more than one record; RFC 8291 allows one');

  const secret = device.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.ecdh.getPublicKey(), senderKey]);
  const ikm = hkdf(device.auth, secret, keyInfo, 32);
  const cek = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
  const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);

  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('the last record does not end with the 0x02 delimiter');
  return padded.subarray(0, end);
}
