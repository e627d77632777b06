import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestApp } from '../../test-support/test-app';
import { flushPush } from '../push';
import type { PushServiceDouble } from '../push/test-support/push-service-double';
import { createPushTestApp } from '../push/test-support/push-test-app';
import { type Member, openCase } from './test-helpers';

/** A caseworker brought into a case gets a content-free push (kind `case` and the case id, nothing else). */
let t: TestApp;
let double: PushServiceDouble;
let subscribe: (member: Member) => Promise<string>;
let close: () => Promise<void>;
before(async () => {
  ({ t, double, subscribe, close } = await createPushTestApp());
});
after(() => close());

const owners = new Map<string, string>();
async function withDevice(name: string, member: Member) {
  owners.set(await subscribe(member), name);
  return member;
}

async function pushesAfter(send: () => Response | Promise<Response>) {
  const seen = double.received.length;
  assert.equal((await send()).status, 200);
  await flushPush(t.ctx);
  return double.received.slice(seen).map((p) => ({ to: owners.get(p.endpoint), payload: JSON.parse(p.payload) as unknown }));
}

test('only the caseworkers newly brought into a case hear of it, and the push says nothing about the case', async () => {
  const grace = await withDevice('grace', await t.signIn({ roles: ['caseworker'] }));
  const hodan = await withDevice('hodan', await t.signIn({ roles: ['caseworker'] }));
  const tou = await withDevice('tou', await t.signIn({ roles: ['caseworker'] }));
  const id = await openCase(t, grace, { label: 'Household canary-push' });
  const assign = (memberIds: string[]) => () =>
    t.call('PUT', `/api/cases/${id}/caseworkers`, { cookie: grace.cookie, body: { memberIds } });

  assert.deepEqual(await pushesAfter(assign([grace.id, hodan.id])), [{ to: 'hodan', payload: { kind: 'case', id } }]);
  // Hodan is already on it: only Tou is new. Grace, who made the change, is never told.
  assert.deepEqual(await pushesAfter(assign([grace.id, hodan.id, tou.id])), [{ to: 'tou', payload: { kind: 'case', id } }]);
  // Taking someone off tells nobody.
  assert.deepEqual(await pushesAfter(assign([grace.id, tou.id])), []);
  assert.ok(!JSON.stringify(double.received.map((p) => p.payload)).includes('canary'));
});
