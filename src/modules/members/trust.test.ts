import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { errorCode } from './test-helpers';

// R-TRUST-1: a new member only receives alerts until two members, or one organiser, vouch for them.
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const meOf = async (cookie: string) =>
  (await (await t.call('GET', '/api/me', { cookie })).json()) as { trusted: boolean; vouchCount: number };

test('an unvouched member may see themselves but nothing of the network', async () => {
  const newcomer = await t.signIn({ trusted: false });
  assert.equal((await t.call('GET', '/api/me', { cookie: newcomer.cookie })).status, 200);
  const list = await t.call('GET', '/api/members', { cookie: newcomer.cookie });
  assert.equal(list.status, 403);
  assert.equal(await errorCode(list), 'not_vouched');
});

test('roles do not count until the member is trusted', async () => {
  const unvouchedOrganiser = await t.signIn({ roles: ['organiser'], trusted: false });
  const res = await t.call('POST', '/api/invites', { cookie: unvouchedOrganiser.cookie, body: {} });
  assert.equal(res.status, 403);
  assert.equal(await errorCode(res), 'not_vouched');
});

test('two vouches from members make a member trusted; one is not enough', async () => {
  const newcomer = await t.signIn({ trusted: false });
  const a = await t.signIn();
  const b = await t.signIn();
  assert.equal((await t.call('POST', `/api/members/${newcomer.id}/vouch`, { cookie: a.cookie })).status, 200);
  assert.deepEqual(await meOf(newcomer.cookie), { ...(await meOf(newcomer.cookie)), trusted: false, vouchCount: 1 });
  // Vouching twice does not count twice.
  await t.call('POST', `/api/members/${newcomer.id}/vouch`, { cookie: a.cookie });
  assert.equal((await meOf(newcomer.cookie)).trusted, false);
  await t.call('POST', `/api/members/${newcomer.id}/vouch`, { cookie: b.cookie });
  assert.equal((await meOf(newcomer.cookie)).trusted, true);
  assert.equal((await t.call('GET', '/api/members', { cookie: newcomer.cookie })).status, 200);
});

test("one organiser's vouch is enough", async () => {
  const newcomer = await t.signIn({ trusted: false });
  const organiser = await t.signIn({ roles: ['organiser'] });
  await t.call('POST', `/api/members/${newcomer.id}/vouch`, { cookie: organiser.cookie });
  assert.equal((await meOf(newcomer.cookie)).trusted, true);
});

test('an unvouched member cannot vouch, and nobody can vouch for themselves', async () => {
  const newcomer = await t.signIn({ trusted: false });
  const other = await t.signIn({ trusted: false });
  assert.equal((await t.call('POST', `/api/members/${other.id}/vouch`, { cookie: newcomer.cookie })).status, 403);
  const member = await t.signIn();
  const self = await t.call('POST', `/api/members/${member.id}/vouch`, { cookie: member.cookie });
  assert.equal(self.status, 400);
  assert.equal(await errorCode(self), 'cannot_vouch_self');
});

test('vouching is audited with the voucher, never with request details', async () => {
  const newcomer = await t.signIn({ trusted: false });
  const organiser = await t.signIn({ roles: ['organiser'] });
  await t.call('POST', `/api/members/${newcomer.id}/vouch`, { cookie: organiser.cookie });
  const entry = await t.db.selectFrom('auditLog').selectAll().where('objectId', '=', newcomer.id).executeTakeFirstOrThrow();
  assert.equal(entry.memberId, organiser.id);
  assert.equal(entry.roles, 'member,organiser');
  assert.equal(entry.action, 'member.vouched_trusted');
});
