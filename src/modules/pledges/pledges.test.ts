import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PublicEvent } from '../../core/bus/public-events';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { PledgeStatus } from './contract';
import { act, lookup, management, openTestCampaign, plainPledge, pledge, publicCampaign } from './test-helpers';

let t: TestApp;
const events: PublicEvent[] = [];
before(async () => {
  t = await createTestApp();
  t.ctx.bus.subscribe<PublicEvent>('public.>', ({ data }) => void events.push(data));
});
after(() => t.close());

const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;

test('anyone pledges without an account and gets a token that manages the pledge', async () => {
  const { campaign } = await openTestCampaign(t);
  const made = await pledge(t, campaign.id, plainPledge('Lupe', { asks: ['no_work', 'no_shopping'] }));
  assert.equal(made.state, 'pledged');
  assert.ok(made.manageToken.length >= 40);
  const stored = await t.db.selectFrom('pledge').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
  assert.notEqual(stored.manageTokenHash, made.manageToken, 'only the hash is stored');
  assert.equal(stored.memberId, null);

  const counts = (await publicCampaign(t, campaign.id)).counts;
  assert.equal(counts.pledged, 1);
  assert.equal(counts.asks.no_work, 1);
  assert.equal(counts.asks.no_shopping, 1);
  assert.equal(counts.asks.no_school, 0);

  const [status] = await lookup(t, [made.manageToken, 'x'.repeat(43)]);
  assert.equal(status.id, made.id);
  assert.equal(status.state, 'pledged');
  assert.equal(status.campaign.title, campaign.title);
  assert.ok(!JSON.stringify(status).includes('Lupe'), 'not even the signer gets their name back');

  const withdrawn = await act(t, 'withdraw', { token: made.manageToken });
  assert.equal(withdrawn.status, 200);
  assert.equal(((await withdrawn.json()) as PledgeStatus).state, 'withdrawn');
  assert.equal((await act(t, 'withdraw', { token: made.manageToken })).status, 200, 'twice is fine');
  assert.equal((await publicCampaign(t, campaign.id)).counts.total, 0);
  const forgotten = await t.db.selectFrom('pledge').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
  assert.equal(forgotten.name, '', 'a withdrawn name is forgotten at once');

  assert.ok(events.some((e) => e.type === 'pledge.created' && e.data.pledgeId === made.id));
});

test('a signed-in member is linked by id, pledges once, and manages the pledge from any device', async () => {
  const { campaign } = await openTestCampaign(t);
  const member = await t.signIn();
  const other = await t.signIn();
  const made = await pledge(t, campaign.id, plainPledge('Tou'), member.cookie);
  const again = await t.call('POST', `/api/campaigns/${campaign.id}/pledges`, { body: plainPledge('Tou'), cookie: member.cookie });
  assert.equal(again.status, 409);
  assert.equal((await errorCode(again)).code, 'already_pledged');

  const mine = (await (await t.call('GET', '/api/pledges/mine', { cookie: member.cookie })).json()) as { pledges: PledgeStatus[] };
  assert.deepEqual(
    mine.pledges.map((p) => p.id),
    [made.id],
  );
  assert.equal((await act(t, 'withdraw', { pledgeId: made.id }, other.cookie)).status, 404, 'not somebody else’s');
  assert.equal((await act(t, 'withdraw', { pledgeId: made.id })).status, 404, 'not without signing in');
  assert.equal((await act(t, 'withdraw', { pledgeId: made.id }, member.cookie)).status, 200);
  await pledge(t, campaign.id, plainPledge('Tou again'), member.cookie);
});

test('pledges the campaign cannot count are refused before anything is written', async () => {
  const { campaign, option } = await openTestCampaign(t, { asks: ['no_work'] });
  const post = (over: object) => t.call('POST', `/api/campaigns/${campaign.id}/pledges`, { body: { ...plainPledge('X'), ...over } });
  assert.deepEqual(await errorCode(await post({ asks: ['no_school'] })), {
    code: 'ask_not_in_campaign',
    message: 'This campaign does not ask for that.',
    field: 'asks.0',
  });
  assert.equal((await errorCode(await post({ kind: 'threshold', thresholdOptionId: 'nope' }))).code, 'unknown_threshold');
  const noWorkplace = await errorCode(await post({ kind: 'threshold', thresholdOptionId: option('workplace'), workplace: ' !! ' }));
  assert.deepEqual([noWorkplace.code, noWorkplace.field], ['workplace_required', 'workplace']);
  assert.equal((await errorCode(await post({ kind: 'threshold', thresholdOptionId: option('union_local') }))).code, 'union_local_required');
  assert.equal((await errorCode(await post({ zoneId: 'no-such-zone' }))).code, 'unknown_zone');
  assert.equal((await errorCode(await post({ name: '' }))).field, 'name');
  assert.equal((await errorCode(await post({ ssn: '1' }))).code, 'invalid_input', 'unknown fields are refused');
  assert.equal(
    Number(
      (
        await t.db
          .selectFrom('pledge')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('campaignId', '=', campaign.id)
          .executeTakeFirstOrThrow()
      ).n,
    ),
    0,
  );
});

test('threshold pledges stay hidden until their group meets the threshold, then signers reconfirm', async () => {
  const { campaign, organiser, option } = await openTestCampaign(t);
  const workplace = option('workplace');
  const waiting = [];
  for (const name of ['A', 'B', 'C'])
    waiting.push(
      await pledge(t, campaign.id, { ...plainPledge(name), kind: 'threshold', thresholdOptionId: workplace, workplace: 'Café Lola' }),
    );
  assert.ok(waiting.every((p) => p.state === 'conditional'));
  await pledge(t, campaign.id, plainPledge('Elsewhere', { workplace: 'Other Shop' }));
  await pledge(t, campaign.id, plainPledge('D', { workplace: 'CAFE LOLA' }));
  let counts = (await publicCampaign(t, campaign.id)).counts;
  assert.deepEqual([counts.pledged, counts.triggered, counts.total], [2, 0, 2], 'conditional pledges are not public');
  const before = await management(t, campaign.id, organiser.cookie);
  assert.equal(before.counts.conditional, 3);
  assert.deepEqual(
    before.groups.map((g) => [g.key, g.count, g.conditional, g.metAt]),
    [['cafe lola', 4, 3, null]],
  );

  // The fifth at Café Lola (another spelling) meets the threshold of 5: all three are asked to reconfirm.
  await pledge(t, campaign.id, plainPledge('E', { workplace: 'cafe lola.' }));
  counts = (await publicCampaign(t, campaign.id)).counts;
  assert.deepEqual([counts.pledged, counts.triggered, counts.reconfirmed, counts.total], [3, 3, 0, 6]);
  const met = events.filter((e) => e.type === 'pledge.threshold_met' && e.data.campaignId === campaign.id);
  assert.deepEqual(
    met.map((e) => e.data),
    [{ campaignId: campaign.id, optionId: workplace, scope: 'workplace', threshold: 5, count: 5, triggered: 3 }],
  );

  const statuses = await lookup(
    t,
    waiting.map((w) => w.manageToken),
  );
  assert.ok(statuses.every((s) => s.state === 'triggered' && s.triggeredAt === t.clock.now()));
  assert.equal((await act(t, 'reconfirm', { token: waiting[0].manageToken })).status, 200);
  assert.equal((await act(t, 'reconfirm', { token: waiting[0].manageToken })).status, 200, 'twice is fine');
  assert.equal((await act(t, 'reconfirm', { token: waiting[1].manageToken })).status, 200);
  counts = (await publicCampaign(t, campaign.id)).counts;
  assert.deepEqual([counts.pledged, counts.triggered, counts.reconfirmed, counts.total], [3, 1, 2, 6]);
  assert.equal(events.filter((e) => e.type === 'pledge.reconfirmed' && e.data.campaignId === campaign.id).length, 2);

  // A latecomer to a group that already met its threshold does not wait for it again, even below it.
  await act(t, 'withdraw', { token: waiting[2].manageToken });
  const late = await pledge(t, campaign.id, {
    ...plainPledge('F'),
    kind: 'threshold',
    thresholdOptionId: workplace,
    workplace: 'Cafe Lola',
  });
  assert.equal(late.state, 'triggered');
  const after = await management(t, campaign.id, organiser.cookie);
  assert.deepEqual(
    after.groups.map((g) => [g.key, g.count, g.conditional, g.triggered, g.reconfirmed, g.metAt !== null]),
    [['cafe lola', 5, 0, 1, 2, true]],
  );
  assert.deepEqual([after.counts.conditional, after.counts.withdrawn], [0, 1]);
  assert.equal(met.length, 1);
});

test('a plain pledge alone does not fire a threshold nobody waits on; the first conditional signer past it does', async () => {
  const { campaign, option } = await openTestCampaign(t);
  for (let i = 0; i < 5; i++) await pledge(t, campaign.id, plainPledge(`P${i}`, { unionLocal: 'Local 17' }));
  for (let i = 0; i < 5; i++) await pledge(t, campaign.id, plainPledge(`Q${i}`, { unionLocal: 'local 17' }));
  assert.equal(events.filter((e) => e.type === 'pledge.threshold_met' && e.data.campaignId === campaign.id).length, 0);
  const late = await pledge(t, campaign.id, {
    ...plainPledge('R'),
    kind: 'threshold',
    thresholdOptionId: option('union_local'),
    unionLocal: 'Local 17',
  });
  assert.equal(late.state, 'triggered');
  const met = events.filter((e) => e.type === 'pledge.threshold_met' && e.data.campaignId === campaign.id);
  assert.deepEqual(
    met.map((e) => [e.data.scope, e.data.count, e.data.triggered]),
    [['union_local', 11, 1]],
  );
});

test('a pledge that has not been triggered cannot be reconfirmed; an unknown token is not found', async () => {
  const { campaign } = await openTestCampaign(t);
  const made = await pledge(t, campaign.id, plainPledge('G'));
  const res = await act(t, 'reconfirm', { token: made.manageToken });
  assert.equal(res.status, 409);
  assert.equal((await errorCode(res)).code, 'not_triggered');
  assert.equal((await act(t, 'reconfirm', { token: 'y'.repeat(43) })).status, 404);
  assert.equal((await errorCode(await act(t, 'reconfirm', {}))).code, 'pledge_ref_required');
});
