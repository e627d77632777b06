import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { MEMBER_COUNT_MIN } from './contract';
import { seedDemoOrgs } from './demo';
import { createCampaign, endorseVerified } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
  await seedDemoOrgs(t.ctx);
});
after(() => t.close());

type OrgList = { orgs: { id: string; name: string }[] };
type Profile = { id: string; name: string; campaigns: { id: string; title: string }[]; memberCount: number | null };

const createVerifiedOrg = async (name: string) => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const { id } = (await (await t.call('POST', '/api/orgs', { cookie: organiser.cookie, body: { name, kind: 'union_local' } })).json()) as {
    id: string;
  };
  await t.call('POST', `/api/orgs/${id}/verify`, { cookie: organiser.cookie });
  return id;
};
const profileOf = async (id: string, cookie?: string) => (await (await t.call('GET', `/api/orgs/${id}`, { cookie })).json()) as Profile;

test('a member links and unlinks themself; only they see their organisations, and it is audited without naming the organisation', async () => {
  const orgId = await createVerifiedOrg('SEIU Local 00 (test)');
  const me = await t.signIn();
  const other = await t.signIn();
  const linked = await t.call('PUT', `/api/me/orgs/${orgId}`, { cookie: me.cookie });
  assert.equal(linked.status, 200);
  assert.deepEqual(
    ((await linked.json()) as OrgList).orgs.map((o) => o.name),
    ['SEIU Local 00 (test)'],
  );
  assert.equal((await t.call('PUT', `/api/me/orgs/${orgId}`, { cookie: me.cookie })).status, 200, 'linking twice is harmless');
  assert.equal(((await (await t.call('GET', '/api/me/orgs', { cookie: me.cookie })).json()) as OrgList).orgs.length, 1);
  assert.deepEqual(((await (await t.call('GET', '/api/me/orgs', { cookie: other.cookie })).json()) as OrgList).orgs, []);

  const unlinked = await t.call('DELETE', `/api/me/orgs/${orgId}`, { cookie: me.cookie });
  assert.deepEqual(((await unlinked.json()) as OrgList).orgs, []);
  assert.equal((await t.call('DELETE', `/api/me/orgs/${orgId}`, { cookie: me.cookie })).status, 200, 'unlinking twice is harmless');

  const audit = await t.db
    .selectFrom('auditLog')
    .select(['action', 'objectType', 'objectId'])
    .where('memberId', '=', me.id)
    .orderBy('at')
    .execute();
  assert.deepEqual(
    audit.map((a) => [a.action, a.objectType]),
    [
      ['org.member_linked', 'org_member_link'],
      ['org.member_unlinked', 'org_member_link'],
    ],
  );
  assert.ok(audit.every((a) => a.objectId && a.objectId !== orgId));
});

test(`the member count shows only from ${MEMBER_COUNT_MIN} linked members up, and never who`, async () => {
  const orgId = await createVerifiedOrg('Teamsters Local 00 (test)');
  const members = [];
  for (let i = 0; i < MEMBER_COUNT_MIN; i++) members.push(await t.signIn({ displayName: `Linked Member ${i}` }));
  for (const m of members.slice(0, MEMBER_COUNT_MIN - 1)) await t.call('PUT', `/api/me/orgs/${orgId}`, { cookie: m.cookie });
  const organiser = await t.signIn({ roles: ['organiser'] });
  for (const cookie of [undefined, organiser.cookie])
    assert.equal((await profileOf(orgId, cookie)).memberCount, null, 'four are not shown');

  await t.call('PUT', `/api/me/orgs/${orgId}`, { cookie: members[MEMBER_COUNT_MIN - 1].cookie });
  const res = await t.call('GET', `/api/orgs/${orgId}`);
  const text = await res.text();
  assert.equal((JSON.parse(text) as Profile).memberCount, MEMBER_COUNT_MIN);
  for (const m of members) {
    assert.ok(!text.includes(m.id), 'no member id');
    assert.ok(!text.includes('Linked Member'), 'no member name');
  }
  await t.call('DELETE', `/api/me/orgs/${orgId}`, { cookie: members[0].cookie });
  assert.equal((await profileOf(orgId)).memberCount, null, 'back under the threshold');
});

test('linking needs a vouched-for member and an existing organisation; anyone may see and undo their own', async () => {
  const orgId = await createVerifiedOrg('Unvouched Check (test)');
  const unvouched = await t.signIn({ trusted: false });
  const refused = await t.call('PUT', `/api/me/orgs/${orgId}`, { cookie: unvouched.cookie });
  assert.equal(refused.status, 403);
  assert.equal((await t.call('GET', '/api/me/orgs', { cookie: unvouched.cookie })).status, 200);
  assert.equal((await t.call('DELETE', `/api/me/orgs/${orgId}`, { cookie: unvouched.cookie })).status, 200);
  assert.equal((await t.call('GET', '/api/me/orgs')).status, 401);
  const member = await t.signIn();
  assert.equal((await t.call('PUT', '/api/me/orgs/00000000-0000-7000-8000-000000000000', { cookie: member.cookie })).status, 404);
  assert.equal((await t.call('PUT', `/api/me/orgs/${'x'.repeat(65)}`, { cookie: member.cookie })).status, 400);
});

test('an organisation’s page lists the campaigns it endorses once verified; a waiting organisation is not public', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const orgId = (await t.db.selectFrom('org').select('id').where('name', '=', 'Lake Street Neighbours (demo)').executeTakeFirstOrThrow())
    .id;
  const open = await createCampaign(t, { title: 'May Day general strike (test)' });
  await endorseVerified(t, organiser.cookie, open, orgId);
  const pendingOnly = await createCampaign(t, { title: 'Not yet verified (test)' });
  await t.call('POST', `/api/campaigns/${pendingOnly}/endorsements`, { body: { orgId } });

  const profile = await profileOf(orgId);
  assert.equal(profile.name, 'Lake Street Neighbours (demo)');
  assert.deepEqual(profile.campaigns, [{ id: open, title: 'May Day general strike (test)' }]);

  const member = await t.signIn();
  const waiting = (await (
    await t.call('POST', '/api/orgs', { cookie: member.cookie, body: { name: 'Waiting Org (test)', kind: 'faith' } })
  ).json()) as { id: string };
  assert.equal((await t.call('GET', `/api/orgs/${waiting.id}`)).status, 404);
  assert.equal(
    (await t.call('GET', `/api/orgs/${waiting.id}`, { cookie: member.cookie })).status,
    200,
    'trusted members see it, as in the list',
  );
  assert.equal((await t.call('GET', '/api/orgs/00000000-0000-7000-8000-000000000000')).status, 404);
});
