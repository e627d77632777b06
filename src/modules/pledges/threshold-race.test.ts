import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PublicEvent } from '../../core/bus/public-events';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { PledgeInput } from './contract';
import { management, openTestCampaign, plainPledge, pledge, publicCampaign } from './test-helpers';

/**
 * The trigger fires exactly once when 50 signers cross a threshold at the same moment — on SQLite
 * (one writer) and on PostgreSQL (concurrent transactions that queue on the group counter's row lock).
 */
let t: TestApp;
const met: PublicEvent[] = [];
before(async () => {
  t = await createTestApp();
  t.ctx.bus.subscribe<PublicEvent>('public.pledge.threshold_met', ({ data }) => void met.push(data));
});
after(() => t.close());

const ROUNDS = 3;
const CONCURRENT = 50;

for (let round = 1; round <= ROUNDS; round++) {
  test(`round ${round}: ${CONCURRENT} concurrent signers cross two thresholds; each fires once`, async () => {
    const { campaign, organiser, option } = await openTestCampaign(t, {
      thresholdOptions: [
        { scope: 'workplace', count: 30 },
        { scope: 'city', count: 40 },
      ],
    });
    const atAcme = (name: string, over: Partial<PledgeInput> = {}) => plainPledge(name, { workplace: 'Acme Foods', ...over });
    const waitOnWorkplace = (name: string) => atAcme(name, { kind: 'threshold', thresholdOptionId: option('workplace') });
    for (let i = 0; i < 10; i++) await pledge(t, campaign.id, waitOnWorkplace(`early ${i}`));
    for (let i = 0; i < 5; i++)
      await pledge(t, campaign.id, plainPledge(`city ${i}`, { kind: 'threshold', thresholdOptionId: option('city') }));

    // 10 + 5 pledges so far; the 50 take the workplace from 10 to 60 (threshold 30) and the city from 15 to 65 (threshold 40).
    const bodies = Array.from({ length: CONCURRENT }, (_, i) => (i % 2 ? atAcme(`late ${i}`) : waitOnWorkplace(`late ${i}`)));
    const answers = await Promise.all(bodies.map((body) => t.call('POST', `/api/campaigns/${campaign.id}/pledges`, { body })));
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(CONCURRENT).fill(201),
    );

    const triggers = await t.db.selectFrom('pledgeTrigger').selectAll().where('campaignId', '=', campaign.id).execute();
    assert.deepEqual(triggers.map((r) => [r.scopeKey, Number(r.count)]).sort(), [
      ['acme foods', 30],
      ['city', 40],
    ]);
    const mine = met.filter((e) => e.data.campaignId === campaign.id);
    assert.equal(mine.length, 2, 'one threshold_met event per group');

    const manage = await management(t, campaign.id, organiser.cookie);
    assert.equal(manage.counts.conditional, 0, 'nobody is left waiting');
    assert.deepEqual([manage.counts.pledged, manage.counts.triggered, manage.counts.total], [25, 40, 65]);
    const groups = new Map(manage.groups.map((g) => [g.key, g]));
    assert.equal(groups.get('acme foods')?.count, 60);
    assert.equal(groups.get('acme foods')?.triggered, 35);
    assert.equal(groups.get('city')?.count, 65);
    assert.equal(groups.get('city')?.triggered, 5);
    const stored = await t.db.selectFrom('pledge').select('state').where('campaignId', '=', campaign.id).execute();
    assert.equal(stored.length, 65);
    assert.equal(stored.filter((p) => p.state === 'triggered').length, 40, 'the rows agree with the counters');
    assert.deepEqual((await publicCampaign(t, campaign.id)).counts.total, 65);
  });
}

test('pledges refused in the middle of a crowd leave no trace; the others all count', async () => {
  const { campaign } = await openTestCampaign(t);
  const member = await t.signIn();
  const calls = Array.from({ length: 30 }, (_, i) =>
    t.call('POST', `/api/campaigns/${campaign.id}/pledges`, {
      body: plainPledge(`crowd ${i}`, { workplace: 'Acme Foods' }),
      cookie: i % 3 === 0 ? member.cookie : undefined,
    }),
  );
  const statuses = (await Promise.all(calls)).map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 409).length, 9, 'the member pledges once');
  assert.equal(statuses.filter((s) => s === 201).length, 21);
  const manage = await management(t, campaign.id, (await openTestCampaign(t)).organiser.cookie);
  assert.equal(manage.counts.pledged, 21);
  const counters = await t.db.selectFrom('pledgeCount').select(['key', 'count']).where('campaignId', '=', campaign.id).execute();
  const of = (key: string) => Number(counters.find((c) => c.key === key)?.count);
  assert.deepEqual([of('group:city'), of('group:workplace:acme foods'), of('tally:ask:no_work')], [21, 21, 21]);
});

test('a campaign closed while pledges are in flight: each pledge is counted or refused, and no contact survives', async () => {
  const { campaign, organiser } = await openTestCampaign(t);
  const calls = Array.from({ length: CONCURRENT }, (_, i) =>
    t.call('POST', `/api/campaigns/${campaign.id}/pledges`, {
      body: plainPledge(`late ${i}`, { contact: `late${i}@example.org`, contactConsent: true }),
    }),
  );
  calls.splice(CONCURRENT / 2, 0, t.call('POST', `/api/campaigns/${campaign.id}/close`, { cookie: organiser.cookie }));
  const statuses = (await Promise.all(calls)).map((r) => r.status);
  assert.ok(
    statuses.every((s) => s === 200 || s === 201 || s === 409),
    statuses.join(','),
  );
  const counted = statuses.filter((s) => s === 201).length;
  assert.equal((await publicCampaign(t, campaign.id)).counts.pledged, counted);
  const rows = await t.db.selectFrom('pledge').select('contact').where('campaignId', '=', campaign.id).execute();
  assert.equal(rows.length, counted);
  assert.deepEqual(
    rows.filter((r) => r.contact !== null),
    [],
  );
});
