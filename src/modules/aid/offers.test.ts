import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { CoordinatorOffer, Offer } from './offers-contract';
import { file, groceries, importDemoZones, type Member, refusal } from './test-helpers';

let t: TestApp;
let zones: Awaited<ReturnType<typeof importDemoZones>>;
let volunteer: Member;
let operator: Member;
before(async () => {
  t = await createTestApp();
  zones = await importDemoZones(t);
  volunteer = await t.signIn({ displayName: 'Tou' });
  operator = await t.signIn({ roles: ['dispatcher'] });
});
after(() => t.close());

const offer = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ride',
  zoneIds: [zones.powderhorn],
  availability: 'Weekday mornings',
  note: 'Minivan, 5 seats',
  until: t.clock.now() + 14 * DAY,
  ...overrides,
});

test('a member offers help and withdraws it; coordinators see standing offers with who made them', async () => {
  const res = await t.call('POST', '/api/aid/offers', { cookie: volunteer.cookie, body: offer() });
  assert.equal(res.status, 201, await res.clone().text());
  const posted = (await res.json()) as Offer;
  assert.deepEqual({ zones: posted.zones.map((z) => z.name), live: posted.live }, { zones: ['Powderhorn Park'], live: true });
  assert.deepEqual(
    await refusal(await t.call('POST', '/api/aid/offers', { cookie: volunteer.cookie, body: offer({ until: t.clock.now() + 91 * DAY }) })),
    {
      status: 400,
      code: 'offer_until_invalid',
    },
  );

  const seen = (await (await t.call('GET', '/api/aid/offers', { cookie: operator.cookie })).json()) as { offers: CoordinatorOffer[] };
  assert.deepEqual(
    seen.offers.map((o) => [o.id, o.member.displayName]),
    [[posted.id, 'Tou']],
  );
  assert.equal((await t.call('GET', '/api/aid/offers', { cookie: volunteer.cookie })).status, 403, 'not for every member');

  const other = await t.signIn();
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/offers/${posted.id}/withdraw`, { cookie: other.cookie })), {
    status: 403,
    code: 'not_your_aid_offer',
  });
  const withdrawn = (await (await t.call('POST', `/api/aid/offers/${posted.id}/withdraw`, { cookie: volunteer.cookie })).json()) as Offer;
  assert.equal(withdrawn.live, false);
  assert.deepEqual(
    ((await (await t.call('GET', '/api/aid/offers', { cookie: operator.cookie })).json()) as { offers: unknown[] }).offers,
    [],
  );
  const mine = (await (await t.call('GET', '/api/aid/offers/mine', { cookie: volunteer.cookie })).json()) as { offers: Offer[] };
  assert.deepEqual(
    mine.offers.map((o) => o.live),
    [false],
  );
});

test('a coordinator asks an offering volunteer to look at an open request (audited)', async () => {
  const posted = (await (await t.call('POST', '/api/aid/offers', { cookie: volunteer.cookie, body: offer() })).json()) as Offer;
  const request = (await file(t, operator, groceries({ onBehalf: { householdName: 'Luz' } }))).request;
  const ask = (requestId: string) => t.call('POST', `/api/aid/offers/${posted.id}/ask`, { cookie: operator.cookie, body: { requestId } });
  assert.deepEqual(await (await ask(request.id)).json(), { asked: true });
  const entries = await t.db
    .selectFrom('auditLog')
    .select('memberId')
    .where('action', '=', 'aid_offer.asked')
    .where('objectId', '=', request.id)
    .execute();
  assert.deepEqual(entries, [{ memberId: operator.id }]);
  assert.deepEqual(await refusal(await ask('no-such-request')), { status: 400, code: 'unknown_aid_request' });
  await t.call('POST', `/api/aid/requests/${request.id}/cancel`, { cookie: operator.cookie });
  assert.deepEqual(await refusal(await ask(request.id)), { status: 409, code: 'aid_request_not_open' });
  t.clock.advance(15 * DAY);
  const other = (await file(t, operator, groceries({ onBehalf: { householdName: 'Kou' } }))).request;
  assert.deepEqual(await refusal(await ask(other.id)), { status: 409, code: 'aid_offer_ended' });
});
