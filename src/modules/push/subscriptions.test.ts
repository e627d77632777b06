import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import type { TestApp } from '../../test-support/test-app';
import { vapidKeys } from './keys';
import { MAX_DEVICES_PER_MEMBER } from './service';
import type { PushServiceDouble } from './test-support/push-service-double';
import { createPushTestApp } from './test-support/push-test-app';

let t: TestApp;
let double: PushServiceDouble;
let publicKey: string;
let close: () => Promise<void>;

before(async () => {
  ({ t, double, publicKey, close } = await createPushTestApp());
});
after(() => close());

const subscriptionRows = (memberId?: string) => {
  let q = t.db.selectFrom('pushSubscription').selectAll();
  if (memberId) q = q.where('memberId', '=', memberId);
  return q.execute();
};

test('the VAPID key pair is made once, even by racing requests, and handed out after that', async () => {
  await t.db.deleteFrom('pushVapid').execute();
  const keys = await Promise.all(Array.from({ length: 6 }, () => vapidKeys(t.ctx)));
  publicKey = keys[0].publicKey;
  assert.ok(keys.every((k) => k.publicKey === publicKey && k.privateKey === keys[0].privateKey));
  const member = await t.signIn();
  const res = await t.call('GET', '/api/push/vapid-public-key', { cookie: member.cookie });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { publicKey: string };
  assert.deepEqual(body, { publicKey });
  assert.equal(Buffer.from(body.publicKey, 'base64url').length, 65);
  assert.equal((await t.db.selectFrom('pushVapid').select('id').execute()).length, 1);
  assert.equal((await t.call('GET', '/api/push/vapid-public-key')).status, 401);
});

test('a device subscribes, subscribing again updates it, and another member taking the device takes it over', async () => {
  const alice = await t.signIn();
  const bob = await t.signIn();
  const sub = double.subscribe(publicKey);
  assert.equal((await t.call('POST', '/api/push/subscriptions', { cookie: alice.cookie, body: sub })).status, 200);
  assert.equal((await t.call('POST', '/api/push/subscriptions', { cookie: alice.cookie, body: sub })).status, 200);
  const rows = await subscriptionRows(alice.id);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].endpoint, sub.endpoint);
  assert.equal(rows[0].p256dh, sub.keys.p256dh);
  assert.equal(rows[0].lastSuccessAt, null);

  assert.equal((await t.call('POST', '/api/push/subscriptions', { cookie: bob.cookie, body: sub })).status, 200);
  assert.equal((await subscriptionRows(alice.id)).length, 0);
  assert.equal((await subscriptionRows(bob.id)).length, 1);
});

test('only the member a subscription belongs to can remove it', async () => {
  const owner = await t.signIn();
  const other = await t.signIn();
  const sub = double.subscribe(publicKey);
  await t.call('POST', '/api/push/subscriptions', { cookie: owner.cookie, body: sub });
  const notMine = await t.call('DELETE', '/api/push/subscriptions', { cookie: other.cookie, body: { endpoint: sub.endpoint } });
  assert.deepEqual(await notMine.json(), { removed: false });
  assert.equal((await subscriptionRows(owner.id)).length, 1);
  const mine = await t.call('DELETE', '/api/push/subscriptions', { cookie: owner.cookie, body: { endpoint: sub.endpoint } });
  assert.deepEqual(await mine.json(), { removed: true });
  assert.equal((await subscriptionRows(owner.id)).length, 0);
});

test('endpoints outside known push services, and keys RFC 8291 cannot use, are refused with the field named', async () => {
  const member = await t.signIn();
  const good = double.subscribe(publicKey);
  const cases: [unknown, number, string, string][] = [
    [{ ...good, endpoint: 'https://169.254.169.254/latest/meta-data' }, 400, 'unknown_push_service', 'endpoint'],
    [{ ...good, endpoint: 'https://fcm.googleapis.com.evil.example/fcm/send/x' }, 400, 'unknown_push_service', 'endpoint'],
    [{ ...good, endpoint: 'https://fcm.googleapis.com:8443/fcm/send/x' }, 400, 'unknown_push_service', 'endpoint'],
    [{ ...good, endpoint: good.endpoint.replace('https:', 'http:') }, 400, 'invalid_input', 'endpoint'],
    [{ ...good, endpoint: `https://fcm.googleapis.com/${'x'.repeat(1000)}` }, 400, 'invalid_input', 'endpoint'],
    [{ ...good, keys: { ...good.keys, p256dh: Buffer.alloc(65, 4).toString('base64url') } }, 400, 'invalid_push_key', 'keys.p256dh'],
    [{ ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(0, 40) } }, 400, 'invalid_push_key', 'keys.p256dh'],
    [{ ...good, keys: { ...good.keys, auth: Buffer.alloc(8).toString('base64url') } }, 400, 'invalid_push_key', 'keys.auth'],
    [{ ...good, keys: { ...good.keys, auth: 'not base64url!' } }, 400, 'invalid_input', 'keys.auth'],
  ];
  for (const [body, status, code, field] of cases) {
    const res = await t.call('POST', '/api/push/subscriptions', { cookie: member.cookie, body });
    const { error } = (await res.json()) as { error: { code: string; field?: string } };
    assert.deepEqual([res.status, error.code, error.field], [status, code, field], JSON.stringify(body).slice(0, 120));
  }
  assert.equal((await subscriptionRows(member.id)).length, 0);
  const real = await t.call('POST', '/api/push/subscriptions', {
    cookie: member.cookie,
    body: { ...good, endpoint: 'https://fcm.googleapis.com/fcm/send/dTp-example:APA91bExample' },
  });
  assert.equal(real.status, 200, 'a real push service is accepted');
});

test(`a member keeps at most ${MAX_DEVICES_PER_MEMBER} devices: the oldest registration goes`, async () => {
  const member = await t.signIn();
  const subs = Array.from({ length: MAX_DEVICES_PER_MEMBER + 2 }, () => double.subscribe(publicKey));
  for (const sub of subs) {
    t.clock.advance(1000);
    await t.call('POST', '/api/push/subscriptions', { cookie: member.cookie, body: sub });
  }
  const kept = (await subscriptionRows(member.id)).map((r) => r.endpoint).sort();
  assert.deepEqual(
    kept,
    subs
      .slice(2)
      .map((s) => s.endpoint)
      .sort(),
  );
});

test('retention removes subscriptions that nothing reached and nobody renewed for the configured days', async () => {
  await t.db.deleteFrom('pushSubscription').execute();
  const member = await t.signIn();
  const [idle, delivered, renewed] = [double.subscribe(publicKey), double.subscribe(publicKey), double.subscribe(publicKey)];
  for (const sub of [idle, delivered, renewed]) await t.call('POST', '/api/push/subscriptions', { cookie: member.cookie, body: sub });
  const days = t.config.retentionDays.push_subscription;
  t.clock.advance((days - 10) * DAY);
  await t.db.updateTable('pushSubscription').set({ lastSuccessAt: t.clock.now() }).where('endpoint', '=', delivered.endpoint).execute();
  const later = await t.signIn();
  assert.equal((await t.call('POST', '/api/push/subscriptions', { cookie: later.cookie, body: renewed })).status, 200);
  t.clock.advance(11 * DAY);
  const results = await purgeExpired(t.db, retentionRules, t.config, t.clock.now());
  assert.deepEqual(
    results.find((r) => r.kind === 'push_subscription'),
    { kind: 'push_subscription', days, deleted: 1 },
  );
  assert.deepEqual((await subscriptionRows()).map((r) => r.endpoint).sort(), [delivered.endpoint, renewed.endpoint].sort());
});

test('a subscription goes with its member', async () => {
  const member = await t.signIn();
  await t.call('POST', '/api/push/subscriptions', { cookie: member.cookie, body: double.subscribe(publicKey) });
  await t.db.deleteFrom('session').where('memberId', '=', member.id).execute();
  await t.db.deleteFrom('memberRole').where('memberId', '=', member.id).execute();
  await t.db.deleteFrom('member').where('id', '=', member.id).execute();
  assert.equal((await subscriptionRows(member.id)).length, 0);
});
