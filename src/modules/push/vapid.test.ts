import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { test } from 'node:test';
import { FixedClock, HOUR, MINUTE } from '../../core/clock';
import { vapidSubject } from './keys';
import { generateVapidKeys, VapidSigner } from './vapid';

function parse(header: string) {
  const m = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  assert.ok(m, header);
  const [h, c, s] = m[1].split('.');
  return {
    token: m[1],
    k: m[2],
    head: JSON.parse(Buffer.from(h, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(c, 'base64url').toString()),
    signed: `${h}.${c}`,
    s,
  };
}

test('the VAPID token is an ES256 JWT for the push service, valid 12 hours, signed by the server key', () => {
  const keys = generateVapidKeys();
  const clock = new FixedClock();
  const signer = new VapidSigner(keys, 'mailto:push@example.org', () => clock.now());
  const { k, head, claims, signed, s } = parse(signer.authorization('https://fcm.googleapis.com'));
  assert.equal(k, keys.publicKey);
  assert.deepEqual(head, { typ: 'JWT', alg: 'ES256' });
  assert.deepEqual(claims, { aud: 'https://fcm.googleapis.com', exp: (clock.now() + 12 * HOUR) / 1000, sub: 'mailto:push@example.org' });
  const point = Buffer.from(keys.publicKey, 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  assert.ok(verify('sha256', Buffer.from(signed), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url')));
});

test('the header is signed once per push service and replaced an hour before it expires', () => {
  const clock = new FixedClock();
  const signer = new VapidSigner(generateVapidKeys(), 'https://whistle.example', () => clock.now());
  const first = signer.authorization('https://fcm.googleapis.com');
  const mozilla = signer.authorization('https://updates.push.services.mozilla.com');
  assert.notEqual(mozilla, first);
  assert.equal(parse(mozilla).claims.aud, 'https://updates.push.services.mozilla.com');
  clock.advance(11 * HOUR - MINUTE);
  assert.equal(signer.authorization('https://fcm.googleapis.com'), first, 'reused within 11 hours');
  clock.advance(MINUTE);
  const renewed = signer.authorization('https://fcm.googleapis.com');
  assert.notEqual(renewed, first);
  assert.equal(parse(renewed).claims.exp, (clock.now() + 12 * HOUR) / 1000);
});

test('the subject is the network address when it is https, else a mailbox at its host', () => {
  assert.equal(vapidSubject('https://whistle.example.org'), 'https://whistle.example.org');
  assert.equal(vapidSubject('http://localhost:8080'), 'mailto:push@localhost');
});
