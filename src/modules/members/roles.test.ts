import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { errorCode } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const rolesOf = async (cookie: string) => ((await (await t.call('GET', '/api/me', { cookie })).json()) as { roles: string[] }).roles;

test('an organiser gives a member several roles; member is always kept', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const m = await t.signIn();
  // Verifying needs the verifier training (see the trainings module's role-gating tests).
  const trained = await t.call('POST', `/api/trainings/members/${m.id}/qualifications`, {
    cookie: organiser.cookie,
    body: { kind: 'verifier', earnedAt: t.clock.now() },
  });
  assert.equal(trained.status, 200);
  const res = await t.call('PUT', `/api/members/${m.id}/roles`, { cookie: organiser.cookie, body: { roles: ['verifier', 'dispatcher'] } });
  assert.equal(res.status, 200);
  assert.deepEqual(await rolesOf(m.cookie), ['dispatcher', 'member', 'verifier']);
});

test('an unknown role is refused with the field named and nothing changed', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const m = await t.signIn({ roles: ['responder'] });
  const res = await t.call('PUT', `/api/members/${m.id}/roles`, { cookie: organiser.cookie, body: { roles: ['responder', 'sheriff'] } });
  assert.equal(res.status, 400);
  assert.equal(((await res.json()) as { error: { field: string } }).error.field, 'roles.1');
  assert.deepEqual(await rolesOf(m.cookie), ['member', 'responder']);
});

test('only an admin grants admin, and the last admin cannot be removed', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const m = await t.signIn();
  const grant = await t.call('PUT', `/api/members/${m.id}/roles`, { cookie: organiser.cookie, body: { roles: ['admin'] } });
  assert.equal(grant.status, 403);
  assert.equal(await errorCode(grant), 'admin_only');

  const admin = await t.signIn({ roles: ['admin'] });
  const demote = await t.call('PUT', `/api/members/${admin.id}/roles`, { cookie: admin.cookie, body: { roles: [] } });
  assert.equal(demote.status, 409);
  assert.equal(await errorCode(demote), 'last_admin');
  assert.ok((await rolesOf(admin.cookie)).includes('admin'));
});

test('profile holds a display name and languages only, validated', async () => {
  const m = await t.signIn();
  const ok = await t.call('PATCH', '/api/me', { cookie: m.cookie, body: { displayName: '  Fadumo ', languages: ['so', 'en', 'so'] } });
  assert.equal(ok.status, 200);
  const me = (await ok.json()) as { displayName: string; languages: string[] };
  assert.equal(me.displayName, 'Fadumo');
  assert.deepEqual(me.languages, ['so', 'en']);
  const bad = await t.call('PATCH', '/api/me', { cookie: m.cookie, body: { displayName: '', languages: ['xx'] } });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { field: string } }).error.field, 'displayName');
});

test('demo sign-in is refused when the demo is off', async () => {
  const m = await t.signIn();
  const res = await t.call('POST', '/api/auth/demo-sign-in', { body: { memberId: m.id } });
  assert.equal(res.status, 403);
  assert.equal(await errorCode(res), 'demo_disabled');
  assert.deepEqual(await (await t.call('GET', '/api/auth/demo-members')).json(), { enabled: false, members: [] });
});
