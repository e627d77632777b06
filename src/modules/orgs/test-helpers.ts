import { DAY, HOUR } from '../../core/clock';
import type { TestApp } from '../../test-support/test-app';

/** A campaign written (and opened, or opened and closed) by an organiser through the pledges module's API. */
export async function createCampaign(t: TestApp, opts: { title?: string; state?: 'draft' | 'open' | 'closed'; endsAt?: number } = {}) {
  const { cookie } = await t.signIn({ roles: ['organiser'] });
  const startsAt = t.clock.now() + HOUR;
  const body = {
    title: opts.title ?? 'No work, no school, no shopping',
    asks: ['no_work'],
    startsAt,
    endsAt: opts.endsAt ?? startsAt + DAY,
  };
  const res = await t.call('POST', '/api/campaigns', { cookie, body });
  if (res.status !== 201) throw new Error(`creating a campaign failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const moves = opts.state === 'draft' ? [] : opts.state === 'closed' ? ['open', 'close'] : ['open'];
  for (const move of moves) {
    const moved = await t.call('POST', `/api/campaigns/${id}/${move}`, { cookie });
    if (moved.status !== 200) throw new Error(`${move} failed: ${moved.status} ${await moved.text()}`);
  }
  return id;
}

export type EndorserList = { endorsers: { orgId: string; name: string; kind: string }[] };
export type Pending = { endorsements: { id: string; campaignId: string; org: { id: string | null; name: string }; contact: string }[] };

export const endorsersOf = async (t: TestApp, campaignId: string) =>
  ((await (await t.call('GET', `/api/campaigns/${campaignId}/endorsers`)).json()) as EndorserList).endorsers;

export const pendingFor = async (t: TestApp, cookie: string) =>
  ((await (await t.call('GET', '/api/orgs/endorsements/pending', { cookie })).json()) as Pending).endorsements;

/** A known organisation signs on through the public route and an organiser verifies it. */
export async function endorseVerified(t: TestApp, organiserCookie: string, campaignId: string, orgId: string) {
  const res = await t.call('POST', `/api/campaigns/${campaignId}/endorsements`, { body: { orgId } });
  const { id } = (await res.json()) as { id: string };
  await t.call('POST', `/api/orgs/endorsements/${id}/verify`, { cookie: organiserCookie });
  return id;
}
