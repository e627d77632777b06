import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { parseCsv } from '../../core/csv/csv';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { EXPORT_HEADER } from './export';
import { openTestCampaign, plainPledge, pledge, publicCampaign } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

async function exported(campaignId: string, cookie: string) {
  const res = await t.call('GET', `/api/campaigns/${campaignId}/pledges.csv`, { cookie });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="pledges-.+\.csv"$/);
  const [header, ...rows] = parseCsv(await res.text()).map((r) => r.fields);
  assert.deepEqual(header, [...EXPORT_HEADER]);
  return rows.map(
    (fields) => Object.fromEntries(EXPORT_HEADER.map((h, i) => [h, fields[i]])) as Record<(typeof EXPORT_HEADER)[number], string>,
  );
}

const contactsStored = async (campaignId: string) =>
  (await t.db.selectFrom('pledge').select('contact').where('campaignId', '=', campaignId).where('contact', 'is not', null).execute())
    .length;

test('the export names signers for organisers, shows a contact only with consent, and defuses formulas', async () => {
  const { campaign, organiser } = await openTestCampaign(t);
  await pledge(t, campaign.id, plainPledge('Amina', { contact: '612-555-0100', contactConsent: true, workplace: 'Lakeview Bakery' }));
  await pledge(t, campaign.id, plainPledge('Rosa', { contact: 'rosa@example.org', contactConsent: false }));
  await pledge(t, campaign.id, plainPledge('=HYPERLINK("http://evil.example","x")', { workplace: '+1+1', school: '@SUM(A1)' }));
  await pledge(t, campaign.id, plainPledge('-2', { contact: '=cmd|calc', contactConsent: true }));

  const rows = await exported(campaign.id, organiser.cookie);
  assert.deepEqual(
    rows.map((r) => [r.name, r.contact]),
    [
      ['Amina', '612-555-0100'],
      ['Rosa', ''],
      ['\'=HYPERLINK("http://evil.example","x")', ''],
      ["'-2", "'=cmd|calc"],
    ],
  );
  assert.equal(rows[0].workplace, 'Lakeview Bakery');
  assert.deepEqual([rows[2].workplace, rows[2].school], ["'+1+1", "'@SUM(A1)"]);
  assert.deepEqual([rows[0].kind, rows[0].state, rows[0].asks], ['plain', 'pledged', 'no_work']);
  const member = await t.signIn();
  assert.equal((await t.call('GET', `/api/campaigns/${campaign.id}/pledges.csv`, { cookie: member.cookie })).status, 403);
  const audited = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', campaign.id).execute();
  assert.ok(audited.some((a) => a.action === 'pledges.exported'));
});

test('closing the campaign deletes every contact at once', async () => {
  const { campaign, organiser } = await openTestCampaign(t);
  await pledge(t, campaign.id, plainPledge('Amina', { contact: '612-555-0100', contactConsent: true }));
  await pledge(t, campaign.id, plainPledge('Rosa', { contact: 'rosa@example.org' }));
  assert.equal(await contactsStored(campaign.id), 2);
  assert.equal((await t.call('POST', `/api/campaigns/${campaign.id}/close`, { cookie: organiser.cookie })).status, 200);
  assert.equal(await contactsStored(campaign.id), 0);
  assert.deepEqual(
    (await exported(campaign.id, organiser.cookie)).map((r) => [r.name, r.contact]),
    [
      ['Amina', ''],
      ['Rosa', ''],
    ],
  );
});

test('retention drops contacts days after the campaign ends, and later the pledges; the counts stay', async () => {
  const { campaign, option } = await openTestCampaign(t);
  const other = await openTestCampaign(t, { startsAt: campaign.startsAt, endsAt: campaign.endsAt + 30 * DAY });
  await pledge(t, campaign.id, plainPledge('Amina', { contact: '612-555-0100', contactConsent: true, workplace: 'Lakeview Bakery' }));
  await pledge(t, campaign.id, {
    ...plainPledge('Hodan', { workplace: 'Lakeview Bakery' }),
    kind: 'threshold',
    thresholdOptionId: option('workplace'),
  });
  await pledge(t, other.campaign.id, plainPledge('Later', { contact: 'later@example.org' }));
  const purge = () => purgeExpired(t.db, retentionRules, t.config, t.clock.now());

  t.clock.set(campaign.endsAt + t.config.retentionDays.pledge_contact * DAY - 1);
  await purge();
  assert.equal(await contactsStored(campaign.id), 1, 'kept until the period is over');
  t.clock.set(campaign.endsAt + t.config.retentionDays.pledge_contact * DAY + 1);
  await purge();
  assert.equal(await contactsStored(campaign.id), 0);
  assert.equal(await contactsStored(other.campaign.id), 1, 'a campaign still running keeps its contacts');

  t.clock.set(campaign.endsAt + t.config.retentionDays.pledge * DAY + 1);
  await purge();
  const left = await t.db.selectFrom('pledge').select('id').where('campaignId', '=', campaign.id).execute();
  assert.equal(left.length, 0, 'names, workplaces and schools are gone');
  const namedGroups = await t.db
    .selectFrom('pledgeCount')
    .select('key')
    .where('campaignId', '=', campaign.id)
    .where('key', 'like', '%lakeview%')
    .execute();
  assert.deepEqual(namedGroups, [], 'groups named after workplaces are gone too');
  assert.equal((await publicCampaign(t, campaign.id)).counts.pledged, 1, 'the counts stay');
});
