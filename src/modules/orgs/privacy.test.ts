import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACCESS_EXTENSION } from '../../core/http/route';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { MEMBER_COUNT_MIN } from './contract';
import { seedDemoOrgs } from './demo';
import { createCampaign, endorseVerified } from './test-helpers';

/**
 * Every public GET route of the whole app (read from the OpenAPI document, so new ones are covered),
 * called with every id this test knows: none may show an endorser's contact, a sign-on still
 * waiting, or anything about the members linked to an organisation.
 */
let t: TestApp;
before(async () => {
  t = await createTestApp();
  await seedDemoOrgs(t.ctx);
});
after(() => t.close());

const CONTACT = 'canary-contact-5550100';
const PENDING_NAME = 'Canary Pending Collective';
const MEMBER_NAME = 'Canary Linked Member';

test('no public route shows a contact, a waiting sign-on or a linked member', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const campaignId = await createCampaign(t);
  const orgId = (await t.db.selectFrom('org').select('id').where('name', '=', 'Lake Street Neighbours (demo)').executeTakeFirstOrThrow())
    .id;
  const verified = await endorseVerified(t, organiser.cookie, campaignId, orgId);
  await t.db.updateTable('campaignEndorsement').set({ contact: CONTACT }).where('id', '=', verified).execute();
  const pending = await t.call('POST', `/api/campaigns/${campaignId}/endorsements`, {
    body: { name: PENDING_NAME, kind: 'community', contact: CONTACT },
  });
  const pendingId = ((await pending.json()) as { id: string }).id;
  const memberIds: string[] = [];
  for (let i = 0; i < MEMBER_COUNT_MIN + 1; i++) {
    const m = await t.signIn({ displayName: `${MEMBER_NAME} ${i}` });
    memberIds.push(m.id);
    await t.call('PUT', `/api/me/orgs/${orgId}`, { cookie: m.cookie });
  }

  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { [ACCESS_EXTENSION]?: unknown }>>;
  };
  const secrets = [CONTACT, PENDING_NAME, MEMBER_NAME, ...memberIds];
  const leaks: string[] = [];
  let calls = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (ops.get?.[ACCESS_EXTENSION] !== 'public') continue;
    const ids = path.includes('{') ? [campaignId, orgId, verified, pendingId, ...memberIds] : [''];
    for (const id of ids) {
      const res = await t.call('GET', path.replace(/\{\w+\}/g, id), { headers: { accept: 'application/json, */*' } });
      calls += 1;
      if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
        await res.body?.cancel();
        continue;
      }
      const text = await res.text();
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`GET ${path} with ${id}: ${secret}`);
    }
  }
  assert.ok(calls > 10, `only ${calls} calls`);
  const profile = (await (await t.call('GET', `/api/orgs/${orgId}`)).json()) as { memberCount: number };
  assert.equal(profile.memberCount, MEMBER_COUNT_MIN + 1, 'the count itself is public');
  assert.deepEqual(leaks, []);
});
