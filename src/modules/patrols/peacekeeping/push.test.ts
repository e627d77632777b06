import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestApp } from '../../../test-support/test-app';
import { flushPush } from '../../push';
import type { PushServiceDouble } from '../../push/test-support/push-service-double';
import { createPushTestApp } from '../../push/test-support/push-test-app';
import { assign, type Member, marchWithPlan, ok, qualify } from './test-helpers';

let t: TestApp;
let double: PushServiceDouble;
let subscribe: (member: Member) => Promise<string>;
let close: () => Promise<void>;
before(async () => {
  ({ t, double, subscribe, close } = await createPushTestApp());
});
after(() => close());

test('the assigned marshal, and only they, get a content-free push that opens "My marshal posts"', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const kou = await t.signIn({ displayName: 'Kou' });
  const bystander = await t.signIn({ displayName: 'Bystander' });
  await qualify(t, kou.id);
  const kouPhone = await subscribe(kou);
  await subscribe(bystander);
  await subscribe(organiser);
  const { planId, postIds } = await marchWithPlan(t, organiser);
  await flushPush(t.ctx);
  assert.equal(double.received.length, 0, 'making a plan tells nobody');

  await ok(assign(t, organiser, postIds[0], kou.id), 201);
  await flushPush(t.ctx);
  assert.deepEqual(
    double.received.map((p) => ({ to: p.endpoint, payload: JSON.parse(p.payload) as unknown })),
    [{ to: kouPhone, payload: { kind: 'marshal', id: planId } }],
  );
  assert.ok(!double.received[0].payload.includes('Lake St'), 'no content: not the post, not the event');
});
