import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedDemoOrgs } from './demo';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

type OrgList = { orgs: { id: string; name: string; verified: boolean; demo: boolean }[] };

test('the demo network has a few verified, clearly marked demo organisations', async () => {
  await seedDemoOrgs(t.ctx);
  await seedDemoOrgs(t.ctx);
  const { orgs } = (await (await t.call('GET', '/api/orgs')).json()) as OrgList;
  assert.equal(orgs.length, 4, 'seeding twice adds nothing');
  assert.ok(orgs.every((o) => o.verified && o.demo && o.name.includes('(demo)')));
});

test('a new organisation waits for an organiser before it is public', async () => {
  const member = await t.signIn();
  const organiser = await t.signIn({ roles: ['organiser'] });
  const created = await t.call('POST', '/api/orgs', { cookie: member.cookie, body: { name: 'Phillips Tenants Union', kind: 'community' } });
  assert.equal(created.status, 201);
  const { id } = (await created.json()) as { id: string };
  const publicList = (await (await t.call('GET', '/api/orgs')).json()) as OrgList;
  assert.ok(!publicList.orgs.some((o) => o.id === id));
  const memberList = (await (await t.call('GET', '/api/orgs', { cookie: member.cookie })).json()) as OrgList;
  assert.ok(memberList.orgs.some((o) => o.id === id && !o.verified));
  assert.equal((await t.call('POST', `/api/orgs/${id}/verify`, { cookie: member.cookie })).status, 403);
  assert.equal((await t.call('POST', `/api/orgs/${id}/verify`, { cookie: organiser.cookie })).status, 200);
  assert.ok(((await (await t.call('GET', '/api/orgs')).json()) as OrgList).orgs.some((o) => o.id === id));
});

test('bad or duplicate organisations are refused with the field named', async () => {
  const member = await t.signIn();
  const bad = await t.call('POST', '/api/orgs', { cookie: member.cookie, body: { name: 'X', kind: 'militia' } });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { field: string } }).error.field, 'name');
  const dup = await t.call('POST', '/api/orgs', {
    cookie: member.cookie,
    body: { name: 'Lake Street Neighbours (demo)', kind: 'community' },
  });
  assert.equal(dup.status, 409);
  assert.equal(((await dup.json()) as { error: { field: string } }).error.field, 'name');
});
