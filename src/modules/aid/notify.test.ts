import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { PushServiceDouble } from '../push/test-support/push-service-double';
import { createPushTestApp, type PushTestApp } from '../push/test-support/push-test-app';
import type { Offer } from './offers-contract';
import { file, groceries, importDemoZones, type Member, step } from './test-helpers';

/** Content-free pushes (kind `aid` and the request's id, nothing else) to whoever needs to look. */
let t: TestApp;
let double: PushServiceDouble;
let received: PushTestApp['pushesSinceLastLook'];
let subscribe: (member: Member) => Promise<string>;
let close: () => Promise<void>;
before(async () => {
  ({ t, double, pushesSinceLastLook: received, subscribe, close } = await createPushTestApp());
  await importDemoZones(t);
});
after(() => close());

/** Whose phone each push endpoint is. */
const owners = new Map<string, string>();
async function withDevice(name: string, member: Member) {
  owners.set(await subscribe(member), name);
  return member;
}

async function pushes() {
  return (await received()).map((p) => ({ to: owners.get(p.endpoint), payload: JSON.parse(p.payload) as unknown }));
}

test('the filer hears when their request is done; a holder when it is cancelled; a volunteer when a coordinator asks', async () => {
  const operator = await withDevice('operator', await t.signIn({ roles: ['dispatcher'] }));
  const tou = await withDevice('tou', await t.signIn());
  const onBehalf = { householdName: 'Luz' };
  const done = (await file(t, operator, groceries({ onBehalf }))).request.id;
  await step(t, tou, done, 'claim');
  await step(t, tou, done, 'claim/confirm');
  assert.deepEqual(await pushes(), [], 'claiming and confirming tell nobody');
  await step(t, tou, done, 'done');
  assert.deepEqual(await pushes(), [{ to: 'operator', payload: { kind: 'aid', id: done } }]);

  const cancelled = (await file(t, operator, groceries({ onBehalf }))).request.id;
  await step(t, tou, cancelled, 'claim');
  await step(t, operator, cancelled, 'cancel');
  assert.deepEqual(await pushes(), [{ to: 'tou', payload: { kind: 'aid', id: cancelled } }]);

  const offer = { kind: 'groceries', zoneIds: [], availability: 'Evenings', note: '', until: t.clock.now() + 7 * DAY };
  const posted = (await (await t.call('POST', '/api/aid/offers', { cookie: tou.cookie, body: offer })).json()) as Offer;
  const asked = (await file(t, operator, groceries({ onBehalf }))).request.id;
  await t.call('POST', `/api/aid/offers/${posted.id}/ask`, { cookie: operator.cookie, body: { requestId: asked } });
  assert.deepEqual(await pushes(), [{ to: 'tou', payload: { kind: 'aid', id: asked } }]);
  assert.ok(!JSON.stringify(double.received).includes('Luz'));
});
