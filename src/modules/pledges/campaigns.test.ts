import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Campaign } from './contract';
import { DEMO_CAMPAIGN_TITLE, seedDemoPledges } from './demo';
import { campaignInput, openTestCampaign, plainPledge, pledge } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const listed = async (cookie?: string) =>
  ((await (await t.call('GET', '/api/campaigns', { cookie })).json()) as { campaigns: Campaign[] }).campaigns;

test('a campaign is a draft nobody else sees until an organiser opens it', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const member = await t.signIn();
  const created = await t.call('POST', '/api/campaigns', { cookie: organiser.cookie, body: campaignInput(t, { title: 'Draft day' }) });
  assert.equal(created.status, 201);
  const draft = (await created.json()) as Campaign;
  assert.equal(draft.state, 'draft');
  assert.equal(draft.thresholdOptions.length, 3);
  assert.ok(draft.thresholdOptions.every((o) => o.id));

  assert.equal((await t.call('GET', `/api/campaigns/${draft.id}`)).status, 404);
  assert.ok(!(await listed()).some((c) => c.id === draft.id), 'not in the public list');
  assert.ok(!(await listed(member.cookie)).some((c) => c.id === draft.id), 'not for members');
  assert.ok(
    (await listed(organiser.cookie)).some((c) => c.id === draft.id),
    'organisers see their drafts',
  );
  assert.equal((await t.call('POST', `/api/campaigns/${draft.id}/pledges`, { body: plainPledge('Early') })).status, 404);
  assert.equal((await t.call('POST', `/api/campaigns/${draft.id}/open`, { cookie: member.cookie })).status, 403);

  const opened = await t.call('POST', `/api/campaigns/${draft.id}/open`, { cookie: organiser.cookie });
  assert.equal(opened.status, 200);
  assert.equal(((await opened.json()) as Campaign).state, 'open');
  assert.equal((await t.call('POST', `/api/campaigns/${draft.id}/open`, { cookie: organiser.cookie })).status, 409);
  const page = (await (await t.call('GET', `/api/campaigns/${draft.id}`)).json()) as Campaign;
  assert.deepEqual(page.counts, {
    pledged: 0,
    triggered: 0,
    reconfirmed: 0,
    total: 0,
    asks: { no_work: 0, no_school: 0, no_shopping: 0, close_business: 0, join_event: 0 },
  });
  assert.ok((await listed()).some((c) => c.id === draft.id));
});

test('translations are kept per language for the reader to choose from', async () => {
  const translations = {
    es: { title: 'Sin trabajo, sin escuela, sin compras', demands: ['Fin de las redadas'] },
    so: { title: 'Shaqo la’aan' },
  };
  const { campaign } = await openTestCampaign(t, { translations });
  assert.deepEqual(campaign.translations, translations);
  const page = (await (await t.call('GET', `/api/campaigns/${campaign.id}`)).json()) as Campaign;
  assert.deepEqual(page.translations, translations);
});

test('an organiser corrects an open campaign, but its thresholds stay as signers saw them', async () => {
  const { campaign, organiser } = await openTestCampaign(t);
  const input = campaignInput(t, { title: 'Corrected title', startsAt: campaign.startsAt, endsAt: campaign.endsAt });
  const same = await t.call('PUT', `/api/campaigns/${campaign.id}`, { cookie: organiser.cookie, body: input });
  assert.equal(same.status, 200);
  const updated = (await same.json()) as Campaign;
  assert.equal(updated.title, 'Corrected title');
  assert.deepEqual(updated.thresholdOptions, campaign.thresholdOptions, 'option ids survive an edit');

  const changed = await t.call('PUT', `/api/campaigns/${campaign.id}`, {
    cookie: organiser.cookie,
    body: { ...input, thresholdOptions: [{ scope: 'city', count: 50 }] },
  });
  assert.equal(changed.status, 409);
  assert.deepEqual(((await changed.json()) as { error: object }).error, {
    code: 'thresholds_locked',
    message: 'Thresholds cannot change once the campaign is open.',
    field: 'thresholdOptions',
  });
});

test('bad campaigns are refused with the field named', async () => {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const post = (over: object) => t.call('POST', '/api/campaigns', { cookie: organiser.cookie, body: { ...campaignInput(t), ...over } });
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;

  const backwards = await post({ endsAt: t.clock.now() });
  assert.equal(backwards.status, 400);
  assert.deepEqual(await errorOf(backwards), {
    code: 'ends_before_start',
    message: 'The campaign must end after it starts.',
    field: 'endsAt',
  });
  assert.equal((await errorOf(await post({ asks: ['riot'] }))).field, 'asks.0');
  assert.equal((await errorOf(await post({ asks: [] }))).field, 'asks');
  assert.equal((await errorOf(await post({ title: '' }))).field, 'title');
  assert.equal((await errorOf(await post({ translations: { fr: { title: 'Non' } } }))).code, 'invalid_input');
  const twice = await post({
    thresholdOptions: [
      { scope: 'city', count: 9 },
      { scope: 'city', count: 9 },
    ],
  });
  assert.deepEqual(await errorOf(twice), {
    code: 'duplicate_threshold',
    message: 'This threshold is listed twice.',
    field: 'thresholdOptions.1',
  });
  assert.equal((await errorOf(await post({ thresholdOptions: [{ scope: 'city', count: 1 }] }))).field, 'thresholdOptions.0.count');
});

test('closing ends pledging; a closed campaign stays public with its counts and cannot change', async () => {
  const { campaign, organiser } = await openTestCampaign(t);
  await pledge(t, campaign.id, plainPledge('Before closing'));
  const closed = await t.call('POST', `/api/campaigns/${campaign.id}/close`, { cookie: organiser.cookie });
  assert.equal(closed.status, 200);
  assert.equal(((await closed.json()) as Campaign).state, 'closed');

  const late = await t.call('POST', `/api/campaigns/${campaign.id}/pledges`, { body: plainPledge('Too late') });
  assert.equal(late.status, 409);
  assert.equal(((await late.json()) as { error: { code: string } }).error.code, 'campaign_not_open');
  const page = (await (await t.call('GET', `/api/campaigns/${campaign.id}`)).json()) as Campaign;
  assert.equal(page.state, 'closed');
  assert.equal(page.counts.pledged, 1);
  assert.equal((await t.call('PUT', `/api/campaigns/${campaign.id}`, { cookie: organiser.cookie, body: campaignInput(t) })).status, 409);
  assert.equal((await t.call('POST', `/api/campaigns/${campaign.id}/close`, { cookie: organiser.cookie })).status, 409);
  const audited = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', campaign.id).orderBy('at').execute();
  assert.deepEqual(
    audited.map((a) => a.action),
    ['campaign.created', 'campaign.opened', 'campaign.closed'],
  );
});

test('the demo network has one open demo campaign with a met and a waiting workplace threshold', async () => {
  // A network of its own: the demo is seeded only into one without campaigns.
  const fresh = await createTestApp();
  try {
    await seedDemoPledges(fresh.ctx);
    await seedDemoPledges(fresh.ctx);
    const { campaigns } = (await (await fresh.call('GET', '/api/campaigns')).json()) as { campaigns: Campaign[] };
    assert.equal(campaigns.length, 1, 'seeding twice adds nothing');
    const [demo] = campaigns;
    assert.deepEqual([demo.title, demo.state, demo.demo], [DEMO_CAMPAIGN_TITLE, 'open', true]);
    assert.deepEqual([demo.counts.pledged, demo.counts.triggered, demo.counts.reconfirmed, demo.counts.total], [6, 1, 1, 8]);
    assert.ok(demo.translations.so?.title?.includes('(demo)'));
    assert.equal((await fresh.db.selectFrom('pledge').select('id').execute()).length, 12);
  } finally {
    await fresh.close();
  }
});
