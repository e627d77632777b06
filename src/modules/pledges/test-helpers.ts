import { DAY } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';
import type { Campaign, CampaignInput, CampaignManagement, PledgeCreated, PledgeInput, PledgeStatus } from './contract';

export const campaignInput = (t: TestApp, over: Partial<CampaignInput> = {}): CampaignInput => ({
  title: 'No work, no school, no shopping',
  summary: 'A day without us.',
  demands: ['End the raids'],
  asks: ['no_work', 'no_school', 'no_shopping'],
  startsAt: t.clock.now() + 7 * DAY,
  endsAt: t.clock.now() + 8 * DAY,
  translations: {},
  thresholdOptions: [
    { scope: 'workplace', count: 5 },
    { scope: 'union_local', count: 10 },
    { scope: 'city', count: 100 },
  ],
  ...over,
});

async function ok<T>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** An organiser and an open campaign they wrote through the API. */
export async function openTestCampaign(t: TestApp, over: Partial<CampaignInput> = {}) {
  const organiser = await t.signIn({ roles: ['organiser'] });
  const draft = await ok<Campaign>(await t.call('POST', '/api/campaigns', { cookie: organiser.cookie, body: campaignInput(t, over) }), 201);
  const campaign = await ok<Campaign>(await t.call('POST', `/api/campaigns/${draft.id}/open`, { cookie: organiser.cookie }));
  const option = (scope: string) => {
    const found = campaign.thresholdOptions.find((o) => o.scope === scope);
    if (!found) throw new Error(`no ${scope} threshold`);
    return found.id;
  };
  return { campaign, organiser, option };
}

export const plainPledge = (name: string, over: Partial<PledgeInput> = {}): PledgeInput => ({
  kind: 'plain',
  name,
  contactConsent: false,
  asks: ['no_work'],
  ...over,
});

export const pledge = async (t: TestApp, campaignId: string, body: PledgeInput, cookie?: string) =>
  ok<PledgeCreated>(await t.call('POST', `/api/campaigns/${campaignId}/pledges`, { body, cookie }), 201);

export const publicCampaign = async (t: TestApp, id: string) => ok<Campaign>(await t.call('GET', `/api/campaigns/${id}`));

export const management = async (t: TestApp, id: string, cookie: string) =>
  ok<CampaignManagement>(await t.call('GET', `/api/campaigns/${id}/manage`, { cookie }));

export const act = async (t: TestApp, action: 'reconfirm' | 'withdraw', body: { token?: string; pledgeId?: string }, cookie?: string) =>
  t.call('POST', `/api/pledges/${action}`, { body, cookie });

export const lookup = async (t: TestApp, tokens: string[]) =>
  (await ok<{ pledges: PledgeStatus[] }>(await t.call('POST', '/api/pledges/lookup', { body: { tokens } }))).pledges;
