import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACCESS_EXTENSION } from '../../core/http/route';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { act, management, openTestCampaign, plainPledge, pledge } from './test-helpers';

/**
 * No pledge name, contact, workplace, union local or school appears in any public answer, in any
 * bus event (webhooks and live pages are fed from those), or in the organiser's JSON view — only in
 * the organisers' CSV export. Every public GET route is read from the OpenAPI document, so a route
 * added later (by any module) is checked too.
 */
const CANARY = {
  name: 'Canary Zyxwvut Name',
  contact: 'canary-zyxwvut@example.org',
  workplace: 'Canary Zyxwvut Works',
  unionLocal: 'Canary Zyxwvut Local',
  school: 'Canary Zyxwvut School',
};
const needles = [...Object.values(CANARY), 'zyxwvut'];
const leaksIn = (text: string) => needles.filter((n) => text.toLowerCase().includes(n.toLowerCase()));

let t: TestApp;
const busEvents: unknown[] = [];
before(async () => {
  t = await createTestApp();
  for (const subject of ['public.>', 'pledges.>']) t.ctx.bus.subscribe(subject, ({ data }) => void busEvents.push(data));
});
after(() => t.close());

/**
 * Reads an answer. An event stream never ends: ours is read up to its first event, another
 * module's only as far as its first chunk (it may send nothing more while nothing happens).
 */
async function bodyOf(res: Response, untilEvent: boolean): Promise<string> {
  if (!res.headers.get('content-type')?.startsWith('text/event-stream')) return res.text();
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  do {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value);
  } while (untilEvent && !text.includes('event:'));
  await reader?.cancel();
  return text;
}

test('no name or contact reaches any public route, bus event or the organiser view', async () => {
  const { campaign, organiser, option } = await openTestCampaign(t);
  const member = await t.signIn();
  const waiting = await pledge(t, campaign.id, {
    ...plainPledge(CANARY.name, CANARY),
    contactConsent: true,
    kind: 'threshold',
    thresholdOptionId: option('workplace'),
  });
  for (let i = 0; i < 4; i++) await pledge(t, campaign.id, plainPledge(`${CANARY.name} ${i}`, { ...CANARY, contactConsent: i % 2 === 0 }));
  await pledge(t, campaign.id, plainPledge(CANARY.name, CANARY), member.cookie);
  await act(t, 'reconfirm', { token: waiting.manageToken });

  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { [ACCESS_EXTENSION]?: unknown }>>;
  };
  const publicGets = Object.entries(doc.paths).flatMap(([path, ops]) => (ops.get?.[ACCESS_EXTENSION] === 'public' ? [path] : []));
  assert.ok(publicGets.includes('/api/campaigns/{id}') && publicGets.includes('/api/campaigns/{id}/live'));

  const leaks: string[] = [];
  let read = 0;
  for (const path of publicGets) {
    const url = path.replace(/\{\w+\}/g, campaign.id);
    for (const cookie of [undefined, member.cookie]) {
      const res = await t.call('GET', url, { cookie, headers: { accept: 'text/event-stream, application/json' } });
      const text = await bodyOf(res, path === '/api/campaigns/{id}/live');
      if (url.startsWith(`/api/campaigns/${campaign.id}`) && res.status === 200) read++;
      for (const found of leaksIn(text)) leaks.push(`GET ${url}${cookie ? ' (member)' : ''}: ${found}`);
    }
  }
  assert.ok(read >= 4, 'the campaign, its live stream and the list were read for real');
  const live = await bodyOf(await t.call('GET', `/api/campaigns/${campaign.id}/live`, { headers: { accept: 'text/event-stream' } }), true);
  assert.match(live, /event: counts\ndata: .*"reconfirmed":1/, 'the live stream was read up to its counts');

  for (const [what, text] of [
    ['bus events', JSON.stringify(busEvents)],
    ['pledge lookup', await (await t.call('POST', '/api/pledges/lookup', { body: { tokens: [waiting.manageToken] } })).text()],
    ['my pledges', await (await t.call('GET', '/api/pledges/mine', { cookie: member.cookie })).text()],
  ])
    for (const found of leaksIn(text)) leaks.push(`${what}: ${found}`);
  // Organisers see the threshold groups by workplace and union local, but names and contacts only in the export.
  const organiserView = JSON.stringify(await management(t, campaign.id, organiser.cookie)).toLowerCase();
  for (const secret of [CANARY.name, CANARY.contact])
    if (organiserView.includes(secret.toLowerCase())) leaks.push(`organiser view: ${secret}`);
  assert.ok(busEvents.length >= 7);
  assert.deepEqual(leaks, []);
});
