import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestApp } from '../../test-support/test-app';
import { openCase } from '../families/test-helpers';
import { flushPush } from '../push';
import type { PushServiceDouble } from '../push/test-support/push-service-double';
import { createPushTestApp } from '../push/test-support/push-test-app';
import type { Disbursement } from './contract';
import { approved, donate, type Member, makeFund } from './test-helpers';

/** Treasurers hear, by a content-free push, that a disbursement waits for them; nobody else does. */
let t: TestApp;
let double: PushServiceDouble;
let subscribe: (member: Member) => Promise<string>;
let close: () => Promise<void>;
before(async () => {
  ({ t, double, subscribe, close } = await createPushTestApp());
});
after(() => close());

async function subscribed(roles: Parameters<TestApp['signIn']>[0]): Promise<Member & { endpoint: string }> {
  const member = await t.signIn(roles);
  return { ...member, endpoint: await subscribe(member) };
}

test('a request pushes every other treasurer; the first approval pushes those who may still approve', async () => {
  const grace = await subscribed({ roles: ['caseworker', 'treasurer'] });
  const ayaan = await subscribed({ roles: ['organiser', 'treasurer'] });
  const hodan = await subscribed({ roles: ['treasurer'] });
  const bystander = await subscribed({ roles: ['organiser', 'caseworker'] });
  const fund = await makeFund(t, ayaan);
  await donate(t, ayaan, fund.id, 100_000);
  const caseId = await openCase(t, grace);
  const res = await t.call('POST', '/api/fund/disbursements', {
    cookie: grace.cookie,
    body: { fundId: fund.id, category: 'legal', amountCents: 50_000, payeeName: 'A lawyer', reason: 'Bond hearing', caseId },
  });
  const asked = (await res.json()) as Disbursement;
  await flushPush(t.ctx);
  const pushedTo = () => {
    const names = new Map([grace, ayaan, hodan, bystander].map((m, i) => [m.endpoint, ['grace', 'ayaan', 'hodan', 'bystander'][i]]));
    const got = double.received.map((p) => [names.get(p.endpoint), JSON.parse(p.payload)]);
    double.received.length = 0;
    return got.sort();
  };
  assert.deepEqual(pushedTo(), [
    ['ayaan', { kind: 'fund', id: asked.id }],
    ['hodan', { kind: 'fund', id: asked.id }],
  ]);
  await approved(t, ayaan, asked.id);
  await flushPush(t.ctx);
  assert.deepEqual(pushedTo(), [['hodan', { kind: 'fund', id: asked.id }]]);
  await approved(t, hodan, asked.id);
  await flushPush(t.ctx);
  assert.deepEqual(pushedTo(), [], 'paid: nothing waits any more');
});
