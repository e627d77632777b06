import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestApp } from '../../test-support/test-app';
import { flushPush } from '../push';
import type { PushServiceDouble } from '../push/test-support/push-service-double';
import { createPushTestApp } from '../push/test-support/push-test-app';
import { openTestCampaign, plainPledge, pledge } from './test-helpers';

/** When a threshold is met, signed-in conditional signers are woken by a content-free push to reconfirm. */
let t: TestApp;
let double: PushServiceDouble;
let publicKey: string;
let close: () => Promise<void>;
before(async () => {
  ({ t, double, publicKey, close } = await createPushTestApp());
});
after(() => close());

test('a met threshold pushes each signed-in conditional signer once, naming only the campaign', async () => {
  const { campaign, option } = await openTestCampaign(t);
  const signer = await t.signIn();
  const res = await t.call('POST', '/api/push/subscriptions', { cookie: signer.cookie, body: double.subscribe(publicKey) });
  assert.equal(res.status, 200, await res.clone().text());
  const threshold = plainPledge('Conditional', { kind: 'threshold', thresholdOptionId: option('workplace'), workplace: 'Lake St Hotel' });
  await pledge(t, campaign.id, threshold, signer.cookie);
  await flushPush(t.ctx);
  assert.equal(double.received.length, 0, 'nobody is pushed before the threshold is met');

  for (let i = 0; i < 4; i++) await pledge(t, campaign.id, plainPledge(`Coworker ${i}`, { workplace: 'Lake St Hotel' }));
  await flushPush(t.ctx);
  assert.deepEqual(
    double.received.map((p) => JSON.parse(p.payload)),
    [{ kind: 'pledge', id: campaign.id }],
  );
});
