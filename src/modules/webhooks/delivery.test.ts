import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { type PublicEvent, publishPublicEvent } from '../../core/bus/public-events';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { enqueueEvent } from './outbox';
import { webhooksRetention } from './retention';
import { deliverDueWebhooks } from './runner';
import { verifyWebhook } from './signature';
import { deliveriesOf, deliveryRow, nowSeconds, registerEndpoint, removeEndpoints } from './test-helpers';
import { type Receiver, startReceiver } from './test-receiver';

/** Deliveries to a real HTTP receiver on 127.0.0.1 (allowed by WEBHOOKS_ALLOW_PRIVATE), time driven by the pinned clock. */
let t: TestApp;
let receiver: Receiver;
before(async () => {
  t = await createTestApp({ WEBHOOKS_ALLOW_PRIVATE: '1' });
  receiver = await startReceiver();
});
afterEach(async () => {
  await removeEndpoints(t);
  receiver.requests.length = 0;
  receiver.answerWith(200, 'ok');
});
after(async () => {
  await receiver.close();
  await t.close();
});

/** What other modules do after their transaction commits; then this node's delivery run finishes. */
async function publish(type: PublicEvent['type'], data: Record<string, unknown>) {
  const heard: PublicEvent[] = [];
  const stop = t.ctx.bus.subscribe<PublicEvent>(`public.${type}`, ({ data: e }) => void heard.push(e));
  await publishPublicEvent(t.ctx, type, data);
  stop();
  await deliverDueWebhooks(t.ctx);
  assert.equal(heard.length, 1);
  return heard[0];
}

test('a published public event arrives signed: verifyWebhook accepts it, and a tampered body fails', async () => {
  const { organiser, endpoint } = await registerEndpoint(t, receiver.url, ['pledge.created']);
  const event = await publish('pledge.created', { campaignId: 'c-1', kind: 'plain', count: 42 });

  assert.equal(receiver.requests.length, 1);
  const [req] = receiver.requests;
  assert.equal(req.method, 'POST');
  assert.equal(req.path, '/hook');
  assert.equal(req.headers['content-type'], 'application/json');
  assert.equal(req.headers['whistle-event-id'], event.id);
  assert.equal(req.headers['whistle-event-type'], 'pledge.created');
  assert.deepEqual(JSON.parse(req.body.toString('utf8')), { id: event.id, type: 'pledge.created', at: t.clock.now(), data: event.data });

  const signature = String(req.headers['whistle-signature']);
  assert.match(signature, /^t=\d+,v1=[0-9a-f]{64}$/);
  assert.deepEqual(verifyWebhook(endpoint.secret, req.body, signature, nowSeconds(t)), { ok: true });
  const tampered = Buffer.from(req.body.toString('utf8').replace('42', '43'), 'utf8');
  assert.deepEqual(verifyWebhook(endpoint.secret, tampered, signature, nowSeconds(t)), { ok: false, reason: 'bad_signature' });
  assert.deepEqual(verifyWebhook(endpoint.secret, req.body, signature, nowSeconds(t) + 301), { ok: false, reason: 'too_old' });

  const [delivery] = await deliveriesOf(t, organiser.cookie, endpoint.id);
  assert.equal(delivery.state, 'delivered');
  assert.equal(delivery.eventId, event.id);
  assert.equal(delivery.deliveredAt, t.clock.now());
  assert.equal(delivery.attempts.length, 1);
  assert.equal(delivery.attempts[0].statusCode, 200);
  assert.equal(delivery.attempts[0].responseSnippet, 'ok');
  assert.equal(delivery.attempts[0].errorClass, null);
});

test('WEBHOOKS_ALLOW_PRIVATE lets in loopback and private networks, never link-local or metadata addresses', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const create = (url: string) =>
    t.call('POST', '/api/webhooks', { cookie: organiser.cookie, body: { url, eventTypes: ['pledge.created'] } });
  for (const url of [receiver.url, 'https://localhost/hook', 'http://192.168.1.20:8080/hook'])
    assert.equal((await create(url)).status, 201, url);
  for (const url of ['http://169.254.169.254/latest/meta-data', 'https://[fd00:ec2::254]/', 'http://[fe80::1]/', 'http://0.0.0.0/']) {
    const res = await create(url);
    assert.equal(res.status, 400, url);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'webhook_url_private');
  }
});

test('each endpoint hears only the event types it chose; one switched off hears nothing', async () => {
  const pledges = await registerEndpoint(t, `${receiver.url}?for=pledges`, ['pledge.created', 'pledge.threshold_met']);
  const actions = await registerEndpoint(t, `${receiver.url}?for=actions`, ['action.created']);
  await registerEndpoint(t, `${receiver.url}?for=off`, ['pledge.created', 'action.created'], { active: false });

  await publish('pledge.created', { campaignId: 'c-1', count: 1 });
  await publish('action.created', { actionId: 'a-1' });
  await publish('rsvp.created', { eventId: 'e-1' });
  await publish('pledge.threshold_met', { campaignId: 'c-1', threshold: 500 });

  const heard = receiver.requests.map((r) => `${r.path} ${r.headers['whistle-event-type']}`).sort();
  assert.deepEqual(heard, [
    '/hook?for=actions action.created',
    '/hook?for=pledges pledge.created',
    '/hook?for=pledges pledge.threshold_met',
  ]);
  assert.equal((await deliveriesOf(t, pledges.organiser.cookie, pledges.endpoint.id)).length, 2);
  assert.equal((await deliveriesOf(t, actions.organiser.cookie, actions.endpoint.id)).length, 1);
});

test('an event every node hears (or hears twice) is delivered once per endpoint', async () => {
  await registerEndpoint(t, `${receiver.url}?n=1`, ['rsvp.created']);
  await registerEndpoint(t, `${receiver.url}?n=2`, ['rsvp.created']);
  const event: PublicEvent = { id: t.ctx.ids.next(), type: 'rsvp.created', at: t.clock.now(), data: { eventId: 'e-1' } };
  const otherNode = { ...t.ctx };
  const queued = await Promise.all([enqueueEvent(t.ctx, event), enqueueEvent(otherNode, event), enqueueEvent(t.ctx, event)]);
  assert.equal(
    queued.reduce((a, b) => a + b, 0),
    2,
    'one delivery per endpoint, whoever inserts first',
  );
  await t.ctx.bus.publish('public.rsvp.created', event);
  await Promise.all([deliverDueWebhooks(t.ctx), deliverDueWebhooks(otherNode)]);
  assert.deepEqual(receiver.requests.map((r) => r.path).sort(), ['/hook?n=1', '/hook?n=2']);
  assert.ok(receiver.requests.every((r) => r.headers['whistle-event-id'] === event.id));
});

test('a receiver answering 500 is retried on the backoff schedule and ends failed after MAX_ATTEMPTS', async () => {
  receiver.answerWith(500, 'database down');
  const { organiser, endpoint } = await registerEndpoint(t, receiver.url, ['action.updated']);
  const sentAt = [t.clock.now()];
  await publish('action.updated', { actionId: 'a-9' });
  assert.equal(receiver.requests.length, 1);

  for (let failures = 1; failures < MAX_ATTEMPTS; failures++) {
    const row = await deliveryRow(t, endpoint.id);
    assert.equal(row.state, 'pending');
    assert.equal(row.failures, failures);
    const wait = (row.nextAttemptAt ?? Number.NaN) - t.clock.now();
    const cap = retryDelayMs(failures, { random: () => 1 - Number.EPSILON }) + 1;
    assert.ok(wait >= 0 && wait < cap, `retry ${failures} waits ${wait} ms, within [0, ${cap})`);
    if (wait > 0) {
      t.clock.set((row.nextAttemptAt ?? 0) - 1);
      await deliverDueWebhooks(t.ctx);
      assert.equal(receiver.requests.length, failures, `retry ${failures} is not sent early`);
    }
    t.clock.set(row.nextAttemptAt ?? 0);
    sentAt.push(t.clock.now());
    await deliverDueWebhooks(t.ctx);
    assert.equal(receiver.requests.length, failures + 1, `retry ${failures} is sent when due`);
  }

  const row = await deliveryRow(t, endpoint.id);
  assert.equal(row.state, 'failed');
  assert.equal(row.failures, MAX_ATTEMPTS);
  assert.equal(row.nextAttemptAt, null);
  t.clock.advance(7 * 24 * 3_600_000);
  await deliverDueWebhooks(t.ctx);
  assert.equal(receiver.requests.length, MAX_ATTEMPTS, 'nothing after the last attempt');
  const [delivery] = await deliveriesOf(t, organiser.cookie, endpoint.id);
  assert.equal(delivery.attempts.length, MAX_ATTEMPTS);
  assert.ok(delivery.attempts.every((a) => a.statusCode === 500 && a.responseSnippet === 'database down'));
  // Every attempt was signed afresh with the time it was sent (seconds: early retries may share one).
  const times = receiver.requests.map((r) => String(r.headers['whistle-signature']).split(',')[0]);
  assert.deepEqual(
    times,
    sentAt.map((ms) => `t=${Math.floor(ms / 1000)}`),
  );
});

test('408 and 429 are retried; other 4xx and redirects fail at once and are not followed', async () => {
  const cases: [number, string][] = [
    [429, 'pending'],
    [408, 'pending'],
    [410, 'failed'],
    [400, 'failed'],
    [302, 'failed'],
  ];
  for (const [status, state] of cases) {
    receiver.answerWith(status);
    const { endpoint } = await registerEndpoint(t, `${receiver.url}?status=${status}`, ['pledge.reconfirmed']);
    await publish('pledge.reconfirmed', { campaignId: 'c-1' });
    const row = await deliveryRow(t, endpoint.id);
    assert.equal(row.state, state, `${status}`);
    assert.equal(row.lastStatusCode, status);
    await removeEndpoints(t);
  }
  assert.equal(receiver.requests.length, cases.length, 'one request each: no redirect followed');
});

test('two nodes ticking at once send each due attempt once; a claim left by a dead node is taken over', async () => {
  receiver.answerWith(503);
  const { endpoint } = await registerEndpoint(t, receiver.url, ['rsvp.cancelled']);
  await publish('rsvp.cancelled', { eventId: 'e-2' });
  const due = (await deliveryRow(t, endpoint.id)).nextAttemptAt ?? 0;
  t.clock.set(due);
  const otherNode = { ...t.ctx };
  await Promise.all([deliverDueWebhooks(t.ctx), deliverDueWebhooks(otherNode), deliverDueWebhooks(t.ctx)]);
  assert.equal(receiver.requests.length, 2);

  // A node took it for sending and died: nobody sends it until its claim runs out, then someone does.
  receiver.answerWith(200);
  const claimedUntil = t.clock.now() + 60_000;
  await t.db
    .updateTable('webhookDelivery')
    .set({ state: 'sending', claimToken: 'dead-node', claimedUntil, nextAttemptAt: t.clock.now() })
    .execute();
  await deliverDueWebhooks(otherNode);
  assert.equal(receiver.requests.length, 2);
  t.clock.set(claimedUntil);
  await deliverDueWebhooks(otherNode);
  assert.equal(receiver.requests.length, 3);
  assert.equal((await deliveryRow(t, endpoint.id)).state, 'delivered');
});

test('an organiser redelivers a failed delivery with fresh retries, and sends a signed test ping', async () => {
  receiver.answerWith(404, 'no such hook');
  const { organiser, endpoint } = await registerEndpoint(t, receiver.url, ['pledge.created']);
  await publish('pledge.created', { campaignId: 'c-3', count: 7 });
  const [failed] = await deliveriesOf(t, organiser.cookie, endpoint.id);
  assert.equal(failed.state, 'failed');

  receiver.answerWith(204, '');
  const member = await t.signIn();
  const path = `/api/webhooks/${endpoint.id}/deliveries/${failed.id}/redeliver`;
  assert.equal((await t.call('POST', path, { cookie: member.cookie })).status, 403);
  const again = await t.call('POST', path, { cookie: organiser.cookie });
  assert.equal(again.status, 200);
  const redelivered = (await again.json()) as typeof failed;
  assert.equal(redelivered.state, 'delivered');
  assert.deepEqual(
    redelivered.attempts.map((a) => a.statusCode),
    [204, 404],
  );
  assert.equal(receiver.requests[1].body.toString(), receiver.requests[0].body.toString(), 'the same event, byte for byte');
  assert.equal(
    (await t.call('POST', `/api/webhooks/${endpoint.id}/deliveries/${t.ctx.ids.next()}/redeliver`, { cookie: organiser.cookie })).status,
    404,
  );

  const ping = await t.call('POST', `/api/webhooks/${endpoint.id}/ping`, { cookie: organiser.cookie });
  assert.equal(ping.status, 200);
  assert.equal(((await ping.json()) as typeof failed).state, 'delivered');
  const pinged = receiver.requests[2];
  assert.equal(pinged.headers['whistle-event-type'], 'ping');
  assert.deepEqual(JSON.parse(pinged.body.toString()).data, { endpointId: endpoint.id });
  assert.deepEqual(verifyWebhook(endpoint.secret, pinged.body, String(pinged.headers['whistle-signature']), nowSeconds(t)), { ok: true });
});

test('after a rotation both secrets verify for 24 hours, then only the new one', async () => {
  const { organiser, endpoint } = await registerEndpoint(t, receiver.url, ['action.created']);
  const rotated = await t.call('POST', `/api/webhooks/${endpoint.id}/rotate-secret`, { cookie: organiser.cookie });
  assert.equal(rotated.status, 200);
  const { secret, previousSecretUntil } = (await rotated.json()) as { secret: string; previousSecretUntil: number };
  assert.notEqual(secret, endpoint.secret);
  assert.equal(previousSecretUntil, t.clock.now() + 24 * 3_600_000);

  await publish('action.created', { actionId: 'a-1' });
  const during = receiver.requests[0];
  for (const s of [secret, endpoint.secret])
    assert.deepEqual(verifyWebhook(s, during.body, String(during.headers['whistle-signature']), nowSeconds(t)), { ok: true });

  t.clock.set(previousSecretUntil);
  await publish('action.created', { actionId: 'a-2' });
  const later = receiver.requests[1];
  const header = String(later.headers['whistle-signature']);
  assert.deepEqual(verifyWebhook(secret, later.body, header, nowSeconds(t)), { ok: true });
  assert.deepEqual(verifyWebhook(endpoint.secret, later.body, header, nowSeconds(t)), { ok: false, reason: 'bad_signature' });
});

test('deliveries and their attempts are purged after config.retentionDays.webhook_delivery days', async () => {
  const { endpoint } = await registerEndpoint(t, receiver.url, ['pledge.created']);
  await publish('pledge.created', { campaignId: 'c-old' });
  t.clock.advance(DAY);
  await publish('pledge.created', { campaignId: 'c-new' });
  const purge = () => purgeExpired(t.db, webhooksRetention, t.config, t.clock.now());
  t.clock.advance(t.config.retentionDays.webhook_delivery * DAY - DAY);
  assert.deepEqual(await purge(), [{ kind: 'webhook_delivery', days: 30, deleted: 0 }]);
  t.clock.advance(1);
  assert.deepEqual(await purge(), [{ kind: 'webhook_delivery', days: 30, deleted: 1 }]);
  const left = await t.db.selectFrom('webhookDelivery').select('id').where('endpointId', '=', endpoint.id).execute();
  assert.equal(left.length, 1);
  const attempts = await t.db.selectFrom('webhookAttempt').select('deliveryId').execute();
  assert.deepEqual(
    attempts.map((a) => a.deliveryId),
    [left[0].id],
  );
});
