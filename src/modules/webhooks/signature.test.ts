import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { newWebhookSecret, signWebhook, verifyWebhook } from './signature';

const secret = 'whsec_test-secret-for-unit-tests';
const body = '{"event":"pledge.created","data":{"campaignId":"c1","count":501}}';
const t = 1_790_000_000;

test('the header pins the documented format: t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<body>">', () => {
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(Buffer.from(`${t}.${body}`, 'utf8'))
    .digest('hex');
  assert.equal(signWebhook(secret, body, t), `t=${t},v1=${expected}`);
  // Fixed vector, so a change of encoding or of the HMAC input is caught even if both sides change together.
  assert.equal(signWebhook('whsec_abc', 'hello', 1), 't=1,v1=14b05c3be994cb9adeb25112f36175743728aab150cace281b8713d47a6ba7c4');
});

test('a signature verifies, at the edges of the tolerance too', () => {
  const header = signWebhook(secret, body, t);
  assert.deepEqual(verifyWebhook(secret, body, header, t), { ok: true });
  assert.deepEqual(verifyWebhook(secret, body, header, t + 300), { ok: true });
  assert.deepEqual(verifyWebhook(secret, body, header, t - 300), { ok: true });
  assert.deepEqual(verifyWebhook(secret, Buffer.from(body, 'utf8'), header, t), { ok: true });
});

test('a tampered body, a changed timestamp or another secret is a bad signature', () => {
  const header = signWebhook(secret, body, t);
  const bad = { ok: false, reason: 'bad_signature' };
  assert.deepEqual(verifyWebhook(secret, body.replace('501', '502'), header, t), bad);
  assert.deepEqual(verifyWebhook(secret, `${body} `, header, t), bad);
  assert.deepEqual(verifyWebhook(secret, '', header, t), bad);
  assert.deepEqual(verifyWebhook(secret, body, header.replace(`t=${t}`, `t=${t + 1}`), t), bad);
  assert.deepEqual(verifyWebhook('whsec_another-secret', body, header, t), bad);
  assert.deepEqual(verifyWebhook('', body, header, t), bad);
  const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
  assert.deepEqual(verifyWebhook(secret, body, flipped, t), bad);
});

test('timestamps outside the tolerance fail as too old or too new', () => {
  const header = signWebhook(secret, body, t);
  assert.deepEqual(verifyWebhook(secret, body, header, t + 301), { ok: false, reason: 'too_old' });
  assert.deepEqual(verifyWebhook(secret, body, header, t - 301), { ok: false, reason: 'too_new' });
  assert.deepEqual(verifyWebhook(secret, body, header, t + 3600, 7200), { ok: true });
  assert.deepEqual(verifyWebhook(secret, body, header, t + 1, 0), { ok: false, reason: 'too_old' });
});

test('truncated or malformed headers are malformed', () => {
  const header = signWebhook(secret, body, t);
  const sig = header.split(',v1=')[1]!;
  const malformed = [
    '',
    header.slice(0, -1),
    header.slice(0, header.indexOf(',')),
    `v1=${sig}`,
    `t=,v1=${sig}`,
    `t=-5,v1=${sig}`,
    `t=1e9,v1=${sig}`,
    `t=${Date.now()},v1=${sig}`,
    `t=${t},t=${t},v1=${sig}`,
    `t=${t},v1=${sig.toUpperCase()}`,
    `t=${t},v1=${sig}zz`,
    `t=${t},v1`,
    `t=${t},,v1=${sig}`,
    `t=${t};v1=${sig}`,
    `${header},${'v1='.padEnd(1100, 'a')}`,
    'garbage',
  ];
  for (const h of malformed) assert.deepEqual(verifyWebhook(secret, body, h, t), { ok: false, reason: 'malformed' }, h);
});

test('unknown schemes are ignored and spaces around entries are tolerated', () => {
  const [ts, v1] = signWebhook(secret, body, t).split(',');
  assert.deepEqual(verifyWebhook(secret, body, `${ts}, v0=deadbeef, ${v1}`, t), { ok: true });
});

test('during secret rotation either secret verifies a header carrying two v1 values', () => {
  const oldSecret = newWebhookSecret();
  const newSecret = newWebhookSecret();
  const header = signWebhook([newSecret, oldSecret], body, t);
  assert.equal(header.split(',v1=').length, 3);
  assert.deepEqual(verifyWebhook(oldSecret, body, header, t), { ok: true });
  assert.deepEqual(verifyWebhook(newSecret, body, header, t), { ok: true });
  assert.deepEqual(verifyWebhook(newWebhookSecret(), body, header, t), { ok: false, reason: 'bad_signature' });
  // Order does not matter: the matching entry may come first or last.
  const [ts, a, b] = header.split(',');
  assert.deepEqual(verifyWebhook(oldSecret, body, `${ts},${b},${a}`, t), { ok: true });
});

test('signing refuses empty secrets, and timestamps that are not whole epoch seconds (milliseconds included)', () => {
  assert.throws(() => signWebhook('', body, t), RangeError);
  assert.throws(() => signWebhook([], body, t), RangeError);
  assert.throws(() => signWebhook(secret, body, 1.5), RangeError);
  assert.throws(() => signWebhook(secret, body, -1), RangeError);
  assert.throws(() => signWebhook(secret, body, Date.now()), RangeError, 'milliseconds by mistake');
  assert.throws(() => verifyWebhook(secret, body, signWebhook(secret, body, t), Date.now()), RangeError);
});

test('new secrets are whsec_ + 32 random bytes in base64url', () => {
  const a = newWebhookSecret();
  assert.match(a, /^whsec_[A-Za-z0-9_-]{43}$/);
  assert.equal(Buffer.from(a.slice('whsec_'.length), 'base64url').length, 32);
  assert.notEqual(a, newWebhookSecret());
});

const timestamps = fc.integer({ min: 0, max: 99_999_999_999 });

test('property: sign then verify round-trips for any unicode body and timestamp', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), timestamps, (text, ts) => {
      assert.deepEqual(verifyWebhook(secret, text, signWebhook(secret, text, ts), ts), { ok: true });
    }),
  );
});

test('property: changing any single byte of the body breaks the signature', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.nat(),
      fc.integer({ min: 1, max: 255 }),
      timestamps,
      (bytes, at, xor, ts) => {
        const header = signWebhook(secret, bytes, ts);
        const tampered = Uint8Array.from(bytes);
        const i = at % bytes.length;
        tampered[i] = tampered[i]! ^ xor;
        assert.deepEqual(verifyWebhook(secret, tampered, header, ts), { ok: false, reason: 'bad_signature' });
      },
    ),
  );
});

test('property: replacing any one character of a unicode body breaks the signature', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), { minLength: 1, maxLength: 50 }),
      fc.nat(),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      (chars, at, replacement) => {
        const i = at % chars.length;
        fc.pre(chars[i] !== replacement);
        const original = chars.join('');
        const tampered = chars.with(i, replacement).join('');
        const header = signWebhook(secret, original, t);
        assert.deepEqual(verifyWebhook(secret, tampered, header, t), { ok: false, reason: 'bad_signature' });
      },
    ),
  );
});
