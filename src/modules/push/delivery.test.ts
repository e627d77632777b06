import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { HOUR, MINUTE } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import { flushPush, notifyMembers } from './delivery';
import { vapidKeys } from './keys';
import { PushSender, pushAgent } from './sender';
import type { PushServiceDouble } from './test-support/push-service-double';
import { createPushTestApp } from './test-support/push-test-app';
import { generateVapidKeys, type VapidKeys, VapidSigner } from './vapid';

let t: TestApp;
let double: PushServiceDouble;
let publicKey: string;
let close: () => Promise<void>;

before(async () => {
  ({ t, double, publicKey, close } = await createPushTestApp());
});
after(() => close());
beforeEach(() => {
  double.received.length = 0;
});

/** A member with `devices` browsers subscribed through the API, as the PushToggle does. */
async function subscribedMember(devices = 1) {
  const member = await t.signIn();
  const subs = [];
  for (let i = 0; i < devices; i++) {
    const sub = double.subscribe(publicKey);
    const res = await t.call('POST', '/api/push/subscriptions', { cookie: member.cookie, body: sub });
    assert.equal(res.status, 200);
    subs.push(sub);
  }
  return { ...member, subs };
}

const rowOf = (endpoint: string) => t.db.selectFrom('pushSubscription').selectAll().where('endpoint', '=', endpoint).executeTakeFirst();

test('an alert reaches every device of the members named, in the background, carrying only its kind and id', async () => {
  const alice = await subscribedMember(2);
  const bob = await subscribedMember(1);
  const elsewhere = await subscribedMember(1);
  const alertId = t.ctx.ids.next();

  await notifyMembers(t.ctx, [alice.id, bob.id, alice.id], { kind: 'alert', id: alertId });
  assert.equal(double.received.length, 0, 'the caller does not wait for push services');
  await flushPush(t.ctx);

  const endpoints = double.received.map((r) => r.endpoint).sort();
  assert.deepEqual(endpoints, [...alice.subs, ...bob.subs].map((s) => s.endpoint).sort());
  assert.ok(!endpoints.includes(elsewhere.subs[0].endpoint));
  for (const push of double.received) {
    assert.deepEqual(JSON.parse(push.payload), { kind: 'alert', id: alertId });
    assert.equal(push.payload, JSON.stringify({ kind: 'alert', id: alertId }), 'nothing else is in it');
    assert.equal(push.urgency, 'high');
    assert.equal(push.ttl, (2 * HOUR) / 1000);
    assert.match(push.topic ?? '', /^[A-Za-z0-9_-]{32}$/);
  }
  assert.equal((await rowOf(alice.subs[0].endpoint))?.lastSuccessAt, t.clock.now());
  assert.equal((await rowOf(elsewhere.subs[0].endpoint))?.lastSuccessAt, null);
});

test('a dispatch offer lives as long as the offer; a caller may set its own TTL', async () => {
  const responder = await subscribedMember();
  await notifyMembers(t.ctx, [responder.id], { kind: 'offer', id: 'offer-1' });
  await notifyMembers(t.ctx, [responder.id], { kind: 'alert', id: 'alert-1' }, { ttlSeconds: 600 });
  await flushPush(t.ctx);
  const byKind = Object.fromEntries(double.received.map((r) => [JSON.parse(r.payload).kind, r]));
  assert.equal(byKind.offer.ttl, t.config.dispatchOfferMinutes * 60);
  assert.equal(byKind.alert.ttl, 600);
  assert.notEqual(byKind.offer.topic, byKind.alert.topic);
});

test('a push about something starting lives until it starts, and at least a minute', async () => {
  const member = await subscribedMember();
  const seen = double.received.length;
  await notifyMembers(t.ctx, [member.id], { kind: 'shift', id: 's-later' }, { until: t.clock.now() + 3 * 3600_000 });
  await notifyMembers(t.ctx, [member.id], { kind: 'shift', id: 's-now' }, { until: t.clock.now() + 5_000 });
  await flushPush(t.ctx);
  const byId = Object.fromEntries(double.received.slice(seen).map((r) => [JSON.parse(r.payload).id, r.ttl]));
  assert.deepEqual(byId, { 's-later': 3 * 3600, 's-now': 60 });
});

test('one signed VAPID header serves many pushes, and a new one is signed before the old expires', async () => {
  const member = await subscribedMember(3);
  await notifyMembers(t.ctx, [member.id], { kind: 'alert', id: 'a1' });
  await notifyMembers(t.ctx, [member.id], { kind: 'alert', id: 'a2' });
  await flushPush(t.ctx);
  const headers = new Set(double.received.map((r) => r.authorization));
  assert.equal(double.received.length, 6);
  assert.equal(headers.size, 1, 'six pushes, one signature');

  t.clock.advance(11 * HOUR + MINUTE);
  await notifyMembers(t.ctx, [member.id], { kind: 'alert', id: 'a3' });
  await flushPush(t.ctx);
  const latest = double.received.at(-1)?.authorization;
  assert.equal(double.received.length, 9, 'the double (on the same clock) accepted the renewed token');
  assert.ok(latest && !headers.has(latest));
});

test('a subscription the push service calls gone (404 or 410) is deleted; other failures keep it', async () => {
  const member = await subscribedMember(4);
  const [gone, unknown, failing, fine] = member.subs;
  double.answerWith(gone.endpoint, 410);
  double.answerWith(unknown.endpoint, 404);
  double.answerWith(failing.endpoint, 503);
  await notifyMembers(t.ctx, [member.id], { kind: 'alert', id: 'a4' });
  await flushPush(t.ctx);
  assert.equal(await rowOf(gone.endpoint), undefined);
  assert.equal(await rowOf(unknown.endpoint), undefined);
  assert.equal((await rowOf(failing.endpoint))?.lastSuccessAt, null);
  assert.equal((await rowOf(fine.endpoint))?.lastSuccessAt, t.clock.now());
});

test('a push service that cannot be reached, or a member with no device, costs the caller nothing', async () => {
  const nobody = await t.signIn();
  await notifyMembers(t.ctx, [nobody.id], { kind: 'alert', id: 'a5' });
  await notifyMembers(t.ctx, [], { kind: 'alert', id: 'a5' });
  const member = await subscribedMember();
  await t.db
    .updateTable('pushSubscription')
    .set({ endpoint: `https://127.0.0.1:9/push/${t.ctx.ids.next()}` })
    .where('endpoint', '=', member.subs[0].endpoint)
    .execute();
  await notifyMembers(t.ctx, [member.id], { kind: 'alert', id: 'a5' });
  await flushPush(t.ctx);
  assert.equal(double.received.length, 0);
  assert.equal((await t.db.selectFrom('pushSubscription').select('id').where('memberId', '=', member.id).execute()).length, 1);
});

test('the double refuses what a real push service would refuse, so the checks above mean something', async () => {
  const sub = double.subscribe(publicKey);
  const keys = await vapidKeys(t.ctx);
  const agent = pushAgent({ maxSockets: 1, ca: double.ca });
  const senderOn = (k: VapidKeys, now: () => number) => new PushSender(new VapidSigner(k, 'mailto:push@localhost', now), agent);
  const payload = Buffer.from('{"kind":"alert","id":"x"}');
  const opts = { ttlSeconds: 60, urgency: 'high' as const };
  const statusOf = async (sender: PushSender, target = sub) => {
    const result = await sender.send({ endpoint: target.endpoint, ...target.keys }, payload, opts);
    return 'status' in result ? result.status : result.error;
  };
  try {
    assert.equal(await statusOf(senderOn(keys, () => t.clock.now())), 201);
    assert.equal(await statusOf(senderOn(keys, () => t.clock.now() - 13 * HOUR)), 401, 'expired token');
    assert.equal(await statusOf(senderOn(generateVapidKeys(), () => t.clock.now())), 403, 'not the key it subscribed with');
    const wrongSecret = { ...sub, keys: { ...sub.keys, auth: Buffer.alloc(16, 7).toString('base64url') } };
    assert.equal(
      await statusOf(
        senderOn(keys, () => t.clock.now()),
        wrongSecret,
      ),
      400,
      'body encrypted for other keys',
    );
    const reasons = Object.keys(double.counts.reasons);
    for (const reason of ['jwt expired', 'key differs from the subscription', 'body does not decrypt: Unsupported state']) {
      assert.ok(
        reasons.some((r) => r.startsWith(reason)),
        reason,
      );
    }
  } finally {
    agent.destroy();
  }
});
