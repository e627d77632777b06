import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoTestApp, type DemoTestApp } from '../../test-support/test-app';
import type { AidTaskList, FiledList, MyClaims } from './contract';
import { seedDemoAid } from './demo';
import { listFundableAidRequests } from './fund';
import type { OfferList } from './offers-contract';

let t: DemoTestApp;
before(async () => {
  t = await createDemoTestApp();
});
after(() => t.close());

const as = (name: string) => t.as(name);
const get = async <T>(path: string, cookie: string) => (await (await t.call('GET', path, { cookie })).json()) as T;

test('the demo network has open requests filed by Marisol in several zones, one Tou is on, one for the fund, and two offers', async () => {
  await seedDemoAid(t.ctx);
  await seedDemoAid(t.ctx);
  const marisol = await as('Marisol');
  const filed = await get<FiledList>('/api/aid/filed', marisol);
  assert.equal(filed.requests.length, 7);
  assert.ok(filed.requests.every((r) => r.demo && r.onBehalf && r.householdName?.endsWith('(demo)')));

  const tou = await as('Tou');
  const all = await get<AidTaskList>('/api/aid/requests?scope=all', tou);
  assert.equal(all.requests.length, 5, 'open and claimable');
  assert.ok(new Set(all.requests.map((r) => r.zone.id)).size >= 4, 'in several zones');
  const matching = await get<AidTaskList>('/api/aid/requests', tou);
  // Tou drives and shops in three zones and speaks Hmong and English: not the Somali call in East Phillips.
  assert.deepEqual(
    matching.requests.map((r) => [r.kind, r.zone.name]),
    [['groceries', 'Powderhorn Park']],
  );
  const mine = await get<MyClaims>('/api/aid/mine', tou);
  assert.deepEqual(
    mine.claims.map((c) => [c.kind, c.claim.state]),
    [['medicine', 'in_progress']],
  );
  assert.deepEqual(
    (await listFundableAidRequests(t.ctx)).map((r) => r.amountCents),
    [85_000],
  );
  const offers = await get<OfferList>('/api/aid/offers', marisol);
  assert.deepEqual(offers.offers.map((o) => [o.kind, o.member.displayName]).sort(), [
    ['ride', 'Tou (demo responder)'],
    ['translation', 'Hodan (demo treasurer)'],
  ]);
});
