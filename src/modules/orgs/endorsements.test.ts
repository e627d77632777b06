import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedDemoEndorsements, seedDemoOrgs } from './demo';
import { orgsRetention } from './retention';
import { createCampaign, endorsersOf, pendingFor } from './test-helpers';

let t: TestApp;
let organiser: { id: string; cookie: string };
let member: { id: string; cookie: string };
before(async () => {
  t = await createTestApp();
  await seedDemoOrgs(t.ctx);
  organiser = await t.signIn({ roles: ['organiser'] });
  member = await t.signIn({ roles: ['member', 'verifier'] });
});
after(() => t.close());

type Outcome = { id: string; state: string; orgId: string | null };
type ErrorBody = { error: { code: string; field?: string } };

const signOn = (campaignId: string, body: unknown, cookie?: string) =>
  t.call('POST', `/api/campaigns/${campaignId}/endorsements`, { body, cookie });
const orgIdOf = async (name: string) => (await t.db.selectFrom('org').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
const countRows = async () => {
  const [e, o] = await Promise.all([
    t.db
      .selectFrom('campaignEndorsement')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('org')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { endorsements: Number(e.n), orgs: Number(o.n) };
};

test('a new organisation signs on: nothing is public, and no organisation exists, until an organiser verifies', async () => {
  const campaignId = await createCampaign(t);
  const res = await signOn(campaignId, {
    name: 'Cedar-Riverside Tenants (test)',
    kind: 'community',
    description: 'Tenant union.',
    contact: 'Signal +1 612 555 0100',
  });
  assert.equal(res.status, 201);
  const outcome = (await res.json()) as Outcome;
  assert.deepEqual(outcome, { id: outcome.id, state: 'pending', orgId: null });

  assert.deepEqual(await endorsersOf(t, campaignId), []);
  assert.equal(
    await t.db.selectFrom('org').select('id').where('name', '=', 'Cedar-Riverside Tenants (test)').executeTakeFirst(),
    undefined,
  );
  const pending = (await pendingFor(t, organiser.cookie)).find((p) => p.id === outcome.id);
  assert.equal(pending?.org.name, 'Cedar-Riverside Tenants (test)');
  assert.equal(pending?.org.id, null);
  assert.equal(pending?.contact, 'Signal +1 612 555 0100', 'organisers see the contact');

  const verified = await t.call('POST', `/api/orgs/endorsements/${outcome.id}/verify`, { cookie: organiser.cookie });
  assert.equal(verified.status, 200);
  const { orgId } = (await verified.json()) as Outcome;
  assert.ok(orgId);
  const endorsers = await endorsersOf(t, campaignId);
  assert.deepEqual(endorsers, [{ orgId, name: 'Cedar-Riverside Tenants (test)', kind: 'community' }]);
  const publicOrgs = (await (await t.call('GET', '/api/orgs')).json()) as { orgs: { id: string; verified: boolean }[] };
  assert.ok(
    publicOrgs.orgs.some((o) => o.id === orgId && o.verified),
    'the organisation is verified with it',
  );
  assert.ok(!(await pendingFor(t, organiser.cookie)).some((p) => p.id === outcome.id));

  const again = await t.call('POST', `/api/orgs/endorsements/${outcome.id}/verify`, { cookie: organiser.cookie });
  assert.equal(again.status, 200, 'verifying twice changes nothing');
  assert.equal((await endorsersOf(t, campaignId)).length, 1);
});

test('an organisation the network knows signs on; verifying it also verifies an organisation still waiting', async () => {
  const campaignId = await createCampaign(t);
  const known = await orgIdOf('Volunteer Legal Observers (demo)');
  const waiting = (await (
    await t.call('POST', '/api/orgs', { cookie: member.cookie, body: { name: 'Powderhorn Mutual Aid (test)', kind: 'community' } })
  ).json()) as { id: string };
  const a = (await (await signOn(campaignId, { orgId: known })).json()) as Outcome;
  // A "new" name that is already known signs that organisation on.
  const b = (await (await signOn(campaignId, { name: 'Powderhorn Mutual Aid (test)', kind: 'other' })).json()) as Outcome;
  assert.equal(b.orgId, waiting.id);
  assert.deepEqual(await endorsersOf(t, campaignId), [], 'pending sign-ons of known organisations are not public either');

  for (const { id } of [a, b])
    assert.equal((await t.call('POST', `/api/orgs/endorsements/${id}/verify`, { cookie: organiser.cookie })).status, 200);
  assert.deepEqual(
    (await endorsersOf(t, campaignId)).map((e) => e.name),
    ['Powderhorn Mutual Aid (test)', 'Volunteer Legal Observers (demo)'],
  );
  const org = await t.db.selectFrom('org').selectAll().where('id', '=', waiting.id).executeTakeFirstOrThrow();
  assert.notEqual(org.verifiedAt, null);
  assert.equal(org.kind, 'community', 'a known organisation keeps its own details');
});

test('only organisers see, verify and reject sign-ons; rejecting removes the sign-on and its contact', async () => {
  const campaignId = await createCampaign(t);
  const { id } = (await (
    await signOn(campaignId, { name: 'Spam Front (test)', kind: 'other', contact: 'spam@example.org' })
  ).json()) as Outcome;
  for (const cookie of [undefined, member.cookie]) {
    for (const [method, path] of [
      ['GET', '/api/orgs/endorsements/pending'],
      ['POST', `/api/orgs/endorsements/${id}/verify`],
      ['POST', `/api/orgs/endorsements/${id}/reject`],
    ]) {
      const res = await t.call(method, path, { cookie });
      assert.equal(res.status, cookie ? 403 : 401, `${method} ${path}`);
    }
  }
  const rejected = await t.call('POST', `/api/orgs/endorsements/${id}/reject`, { cookie: organiser.cookie });
  assert.equal(rejected.status, 200);
  assert.equal(((await rejected.json()) as Outcome).state, 'rejected');
  assert.equal(await t.db.selectFrom('campaignEndorsement').select('id').where('id', '=', id).executeTakeFirst(), undefined);
  assert.equal(await t.db.selectFrom('org').select('id').where('name', '=', 'Spam Front (test)').executeTakeFirst(), undefined);
  assert.equal((await t.call('POST', `/api/orgs/endorsements/${id}/verify`, { cookie: organiser.cookie })).status, 404);
  const audit = await t.db.selectFrom('auditLog').select(['action', 'memberId']).where('objectId', '=', id).orderBy('at').execute();
  assert.deepEqual(audit, [
    { action: 'endorsement.submitted', memberId: null },
    { action: 'endorsement.rejected', memberId: organiser.id },
  ]);

  // A verified endorsement can be taken off the list the same way.
  const known = await orgIdOf('Lake Street Neighbours (demo)');
  const listed = (await (await signOn(campaignId, { orgId: known })).json()) as Outcome;
  await t.call('POST', `/api/orgs/endorsements/${listed.id}/verify`, { cookie: organiser.cookie });
  assert.equal((await endorsersOf(t, campaignId)).length, 1);
  await t.call('POST', `/api/orgs/endorsements/${listed.id}/reject`, { cookie: organiser.cookie });
  assert.deepEqual(await endorsersOf(t, campaignId), []);
});

test('bad sign-ons are refused with the field named, and write nothing', async () => {
  const campaignId = await createCampaign(t);
  const known = await orgIdOf('Cedar Avenue Masjid Community (demo)');
  await signOn(campaignId, { orgId: known });
  await signOn(campaignId, { name: 'Northside Youth Collective (test)', kind: 'student' });
  const draft = await createCampaign(t, { state: 'draft' });
  const closed = await createCampaign(t, { state: 'closed' });
  const before = await countRows();
  const cases: [string, string, unknown, number, string, string?][] = [
    ['nothing chosen', campaignId, {}, 400, 'invalid_input', 'orgId'],
    ['a name without a kind', campaignId, { name: 'Some Group' }, 400, 'invalid_input', 'kind'],
    ['both an organisation and a name', campaignId, { orgId: known, name: 'Some Group', kind: 'faith' }, 400, 'invalid_input', 'name'],
    ['a kind not offered', campaignId, { name: 'Some Group', kind: 'militia' }, 400, 'invalid_input', 'kind'],
    ['a one-letter name', campaignId, { name: 'X', kind: 'other' }, 400, 'invalid_input', 'name'],
    ['an over-long contact', campaignId, { orgId: known, contact: 'x'.repeat(201) }, 400, 'invalid_input', 'contact'],
    ['an unknown organisation', campaignId, { orgId: '00000000-0000-7000-8000-000000000000' }, 404, 'not_found'],
    ['the same organisation twice', campaignId, { orgId: known }, 409, 'endorsement_exists', 'orgId'],
    [
      'the same new name twice',
      campaignId,
      { name: 'Northside Youth Collective (test)', kind: 'student' },
      409,
      'endorsement_exists',
      'name',
    ],
    ['a draft campaign', draft, { orgId: known }, 404, 'not_found'],
    ['a closed campaign', closed, { orgId: known }, 409, 'endorsements_closed'],
    ['an unknown campaign', '00000000-0000-7000-8000-000000000000', { orgId: known }, 404, 'not_found'],
  ];
  for (const [label, campaign, body, status, code, field] of cases) {
    const res = await signOn(campaign, body);
    const error = ((await res.json()) as ErrorBody).error;
    assert.equal(res.status, status, label);
    assert.equal(error.code, code, label);
    assert.equal(error.field, field, label);
  }
  assert.deepEqual(await countRows(), before);
  assert.equal((await t.call('GET', `/api/campaigns/${draft}/endorsers`)).status, 404, 'a draft has no public endorser list');
});

test('a linked member signs their organisation on; it still waits for an organiser', async () => {
  const campaignId = await createCampaign(t);
  const union = await orgIdOf('Hotel & Restaurant Workers Local 00 (demo)');
  const body = { campaignId };
  const notLinked = await t.call('POST', `/api/orgs/${union}/endorsements`, { cookie: member.cookie, body });
  assert.equal(notLinked.status, 403);
  assert.equal(((await notLinked.json()) as ErrorBody).error.code, 'org_not_linked');
  const unvouched = await t.signIn({ trusted: false });
  assert.equal((await t.call('POST', `/api/orgs/${union}/endorsements`, { cookie: unvouched.cookie, body })).status, 403);

  assert.equal((await t.call('PUT', `/api/me/orgs/${union}`, { cookie: member.cookie })).status, 200);
  const res = await t.call('POST', `/api/orgs/${union}/endorsements`, { cookie: member.cookie, body });
  assert.equal(res.status, 201);
  const { id } = (await res.json()) as Outcome;
  assert.deepEqual(await endorsersOf(t, campaignId), []);
  const pending = (await pendingFor(t, organiser.cookie)).find((p) => p.id === id) as unknown as Record<string, unknown>;
  assert.equal(pending.byMember, true);
  assert.ok(!JSON.stringify(pending).includes(member.id), 'organisers are not told which member it was');
  const audit = await t.db.selectFrom('auditLog').selectAll().where('memberId', '=', member.id).execute();
  assert.ok(
    audit.every((a) => a.objectId !== union && a.objectId !== id),
    'the audit log does not tie the member to the organisation',
  );
  const twice = await t.call('POST', `/api/orgs/${union}/endorsements`, { cookie: member.cookie, body });
  assert.equal(twice.status, 409);
});

test('the demo organisations endorse the demo campaign, once', async () => {
  const campaignId = await createCampaign(t, { title: 'No work, no school, no shopping (demo)' });
  await seedDemoEndorsements(t.ctx, campaignId);
  await seedDemoEndorsements(t.ctx, campaignId);
  assert.equal((await endorsersOf(t, campaignId)).length, 4);
});

test('endorsers’ contacts are cleared once the campaign has been over for the retention period', async () => {
  const endsAt = t.clock.now() + DAY;
  const campaignId = await createCampaign(t, { endsAt });
  const later = await createCampaign(t, { endsAt: endsAt + 60 * DAY });
  await signOn(campaignId, { name: 'Retention Check One (test)', kind: 'other', contact: 'one@example.org' });
  await signOn(later, { name: 'Retention Check Two (test)', kind: 'other', contact: 'two@example.org' });
  const contacts = () =>
    t.db.selectFrom('campaignEndorsement').select(['campaignId', 'contact']).where('campaignId', 'in', [campaignId, later]).execute();

  const days = t.config.retentionDays.endorsement_contact;
  assert.equal(days, 30);
  await purgeExpired(t.db, orgsRetention, t.config, endsAt + (days - 1) * DAY);
  assert.ok(
    (await contacts()).every((c) => c.contact !== null),
    'kept during the retention period',
  );
  await purgeExpired(t.db, orgsRetention, t.config, endsAt + (days + 1) * DAY);
  const after = await contacts();
  assert.equal(after.find((c) => c.campaignId === campaignId)?.contact, null);
  assert.equal(after.find((c) => c.campaignId === later)?.contact, 'two@example.org');
  assert.equal(after.length, 2, 'the endorsements themselves stay');
});

test('public sign-ons are rate-limited like sighting reports', async () => {
  const limited = await createTestApp({ SIGNUP_RATE_LIMIT_PER_MINUTE: '2' });
  try {
    await seedDemoOrgs(limited.ctx);
    const campaignId = await createCampaign(limited);
    const statuses = [];
    for (const name of ['Rate One (test)', 'Rate Two (test)', 'Rate Three (test)']) {
      const res = await limited.call('POST', `/api/campaigns/${campaignId}/endorsements`, { body: { name, kind: 'other' } });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [201, 201, 429]);
    assert.equal((await limited.call('GET', `/api/campaigns/${campaignId}/endorsers`)).status, 200, 'reading is not limited');
  } finally {
    await limited.close();
  }
});
