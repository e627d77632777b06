import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { publishPublicEvent } from '../../core/bus/public-events';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { WebhookEndpoint } from './contract';
import { seedDemoWebhooks } from './demo';
import { deliverDueWebhooks } from './runner';
import { deliveryRow, registerEndpoint } from './test-helpers';
import { type Receiver, startReceiver } from './test-receiver';

/** Registering endpoints with the default configuration: private and internal addresses refused. */
let t: TestApp;
let receiver: Receiver;
let organiser: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  receiver = await startReceiver();
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(async () => {
  await receiver.close();
  await t.close();
});

/** A public address written as an IP literal, so the test needs no DNS. */
const PUBLIC_URL = 'https://93.184.215.14/whistle';

const create = (body: unknown, cookie = organiser.cookie) => t.call('POST', '/api/webhooks', { cookie, body });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;
const rowCounts = async () => ({
  endpoints: (await t.db.selectFrom('webhookEndpoint').select('id').execute()).length,
  audit: (await t.db.selectFrom('auditLog').select('id').execute()).length,
});

test('only organisers (and admins) manage webhooks', async () => {
  for (const roles of [['member'], ['verifier'], ['dispatcher']] as const) {
    const someone = await t.signIn({ roles: [...roles] });
    assert.equal((await t.call('GET', '/api/webhooks', { cookie: someone.cookie })).status, 403);
    assert.equal((await create({ url: PUBLIC_URL, eventTypes: ['pledge.created'] }, someone.cookie)).status, 403);
  }
  assert.equal((await t.call('GET', '/api/webhooks')).status, 401);
  const admin = await t.signIn({ roles: ['admin'] });
  assert.equal((await t.call('GET', '/api/webhooks', { cookie: admin.cookie })).status, 200);
});

test('the secret is in the answer to creation only: never listed, never in an update', async () => {
  const res = await create({
    url: `${PUBLIC_URL}#fragment`,
    description: 'Spreadsheet bridge',
    eventTypes: ['pledge.created', 'action.created'],
  });
  assert.equal(res.status, 201);
  const created = (await res.json()) as WebhookEndpoint & { secret: string };
  assert.match(created.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
  assert.equal(created.url, PUBLIC_URL, 'the fragment is dropped');
  assert.equal(created.active, true);
  assert.deepEqual(created.eventTypes, ['pledge.created', 'action.created']);

  const listText = await (await t.call('GET', '/api/webhooks', { cookie: organiser.cookie })).text();
  assert.ok(!listText.includes(created.secret));
  assert.ok(!listText.includes('whsec_'));
  const listed = (JSON.parse(listText) as { endpoints: WebhookEndpoint[] }).endpoints.find((e) => e.id === created.id);
  assert.deepEqual(listed && Object.keys(listed).sort(), [
    'active',
    'createdAt',
    'description',
    'eventTypes',
    'id',
    'previousSecretUntil',
    'updatedAt',
    'url',
  ]);

  const updated = await t.call('PATCH', `/api/webhooks/${created.id}`, {
    cookie: organiser.cookie,
    body: { active: false, eventTypes: ['rsvp.created'] },
  });
  assert.equal(updated.status, 200);
  const updatedText = await updated.text();
  assert.ok(!updatedText.includes('whsec_'));
  assert.deepEqual(JSON.parse(updatedText), { ...listed, active: false, eventTypes: ['rsvp.created'] });

  const rotated = (await (await t.call('POST', `/api/webhooks/${created.id}/rotate-secret`, { cookie: organiser.cookie })).json()) as {
    secret: string;
  };
  assert.notEqual(rotated.secret, created.secret);
  assert.ok(!(await (await t.call('GET', '/api/webhooks', { cookie: organiser.cookie })).text()).includes('whsec_'));
  const actions = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', created.id).execute();
  assert.deepEqual(
    actions.map((a) => a.action),
    ['webhook.created', 'webhook.updated', 'webhook.secret_rotated'],
  );

  assert.equal((await t.call('DELETE', `/api/webhooks/${created.id}`, { cookie: organiser.cookie })).status, 200);
  assert.equal((await t.call('DELETE', `/api/webhooks/${created.id}`, { cookie: organiser.cookie })).status, 404);
  assert.equal((await t.call('GET', `/api/webhooks/${created.id}/deliveries`, { cookie: organiser.cookie })).status, 404);
});

test('private, loopback, link-local and metadata addresses are refused without WEBHOOKS_ALLOW_PRIVATE', async () => {
  const refused = [
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    `http://127.0.0.1:${receiver.port}/hook`,
    'https://10.1.2.3/hook',
    'https://172.16.0.9/hook',
    'https://192.168.1.20:8443/hook',
    'https://100.64.0.1/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://100.100.100.200/latest/meta-data',
    'https://0.0.0.0/hook',
    'https://[::1]/hook',
    'https://[fd00:ec2::254]/hook',
    'https://[fe80::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:a9fe:a9fe]/hook',
    'https://2130706433/hook',
  ];
  const before = await rowCounts();
  for (const url of refused) {
    const res = await create({ url, eventTypes: ['pledge.created'] });
    assert.equal(res.status, 400, url);
    assert.deepEqual(await errorOf(res), {
      code: 'webhook_url_private',
      field: 'url',
      message: 'That address is on a private or internal network, which webhooks may not reach.',
    });
  }
  assert.deepEqual(await rowCounts(), before);
});

test('URLs must be https (plain http only to a private receiver), without credentials, and must resolve', async () => {
  const cases: [string, string][] = [
    ['http://93.184.215.14/hook', 'webhook_url_not_https'],
    ['not a url', 'webhook_url_invalid'],
    ['ftp://93.184.215.14/hook', 'webhook_url_invalid'],
    ['javascript:alert(1)', 'webhook_url_invalid'],
    ['https://user:pw@93.184.215.14/hook', 'webhook_url_invalid'],
    ['https://no-such-host.invalid/hook', 'webhook_url_unresolvable'],
  ];
  for (const [url, code] of cases) {
    const res = await create({ url, eventTypes: ['pledge.created'] });
    assert.equal(res.status, 400, url);
    assert.deepEqual({ code: (await errorOf(res)).code, url }, { code, url });
  }
});

test('bad input is refused with the field named, and writes nothing', async () => {
  const { endpoint } = await registerEndpoint(t, PUBLIC_URL);
  const before = await rowCounts();
  const bad: [unknown, string][] = [
    [{ eventTypes: ['pledge.created'] }, 'url'],
    [{ url: PUBLIC_URL, eventTypes: [] }, 'eventTypes'],
    [{ url: PUBLIC_URL, eventTypes: ['pledge.deleted'] }, 'eventTypes.0'],
    [{ url: PUBLIC_URL, eventTypes: ['pledge.created', 'pledge.created'] }, 'eventTypes'],
    [{ url: PUBLIC_URL, eventTypes: 'pledge.created' }, 'eventTypes'],
    [{ url: PUBLIC_URL, eventTypes: ['pledge.created'], description: 'x'.repeat(501) }, 'description'],
    [{ url: PUBLIC_URL, eventTypes: ['pledge.created'], active: 'yes' }, 'active'],
    [{ url: `https://93.184.215.14/${'x'.repeat(2000)}`, eventTypes: ['pledge.created'] }, 'url'],
  ];
  for (const [body, field] of bad) {
    const res = await create(body);
    assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
    assert.deepEqual((await errorOf(res)).field, field);
  }
  const patch = (id: string, body: unknown) => t.call('PATCH', `/api/webhooks/${id}`, { cookie: organiser.cookie, body });
  assert.equal((await patch(endpoint.id, { eventTypes: [] })).status, 400);
  assert.equal((await errorOf(await patch(endpoint.id, { url: 'https://10.0.0.1/' }))).code, 'webhook_url_private');
  assert.equal((await patch(t.ctx.ids.next(), { active: false })).status, 404);
  const list = (query: string) => t.call('GET', `/api/webhooks/${endpoint.id}/deliveries${query}`, { cookie: organiser.cookie });
  for (const query of ['?limit=0', '?limit=101', '?limit=abc', `?before=${'x'.repeat(65)}`])
    assert.equal((await list(query)).status, 400, query);
  assert.equal((await list('?limit=5')).status, 200);
  assert.equal((await t.call('POST', `/api/webhooks/${t.ctx.ids.next()}/ping`, { cookie: organiser.cookie })).status, 404);
  assert.deepEqual(await rowCounts(), before);
});

test('at delivery time too, a name or address that is not allowed is never connected to', async () => {
  // As if the URL had resolved to a public address when it was saved and points inside now.
  const { endpoint } = await registerEndpoint(t, PUBLIC_URL, ['action.created']);
  const fromNow = { url: `http://localhost:${receiver.port}/hook` };
  await t.db.updateTable('webhookEndpoint').set(fromNow).where('id', '=', endpoint.id).execute();
  await publishPublicEvent(t.ctx, 'action.created', { actionId: 'a-1' });
  await deliverDueWebhooks(t.ctx);
  await t.db
    .updateTable('webhookEndpoint')
    .set({ url: `http://127.0.0.1:${receiver.port}/hook` })
    .where('id', '=', endpoint.id)
    .execute();
  t.clock.advance(60_000);
  await deliverDueWebhooks(t.ctx);
  assert.equal(receiver.requests.length, 0);
  const row = await deliveryRow(t, endpoint.id);
  assert.equal(row.lastErrorClass, 'blocked_address');
  assert.equal(row.state, 'pending', 'retried like any network error, in case it was a passing misconfiguration');
  const attempts = await t.db.selectFrom('webhookAttempt').selectAll().where('deliveryId', '=', row.id).execute();
  assert.equal(attempts.length, 2);
  assert.ok(attempts.every((a) => a.errorClass === 'blocked_address' && a.statusCode === null));
});

test('the demo has one example endpoint, switched off, seeded once', async () => {
  await t.db.deleteFrom('webhookEndpoint').execute();
  await seedDemoWebhooks(t.ctx);
  await seedDemoWebhooks(t.ctx);
  const { endpoints } = (await (await t.call('GET', '/api/webhooks', { cookie: organiser.cookie })).json()) as {
    endpoints: WebhookEndpoint[];
  };
  assert.equal(endpoints.length, 1);
  assert.equal(endpoints[0].active, false);
  assert.match(endpoints[0].url, /^https:\/\/[a-z.]+\.example\.org\//);
});
