import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import type { MyOffer } from './contract';
import { openDispatch } from './offering';
import { auditActions, offerOf, offersOf, resetDispatch, responderOnDuty, trainAsResponder, zonesAround } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
afterEach(() => resetDispatch(t));
after(() => t.close());

const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
const myOffers = async (cookie: string) =>
  ((await (await t.call('GET', '/api/dispatch/offers', { cookie })).json()) as { offers: MyOffer[] }).offers;

test('a confirmed report is offered at once to the responders on duty in its zone, and to nobody else', async () => {
  const { zoneId, neighbourId, farId } = await zonesAround(t, 'powderhorn-park');
  const here = await responderOnDuty(t, [zoneId, farId], 'Here');
  const next = await responderOnDuty(t, [neighbourId], 'Next door');
  const far = await responderOnDuty(t, [farId], 'Far away');
  const offDuty = await responderOnDuty(t, [], 'Off duty');
  // On duty for the zone but no longer a responder: not called.
  const exResponder = await t.signIn({ roles: ['member'] });
  await t.db.insertInto('responderDuty').values({ memberId: exResponder.id, zoneId, since: t.clock.now() }).execute();
  // On duty, but their legal observer qualification has lapsed since: not called either.
  const lapsed = await t.signIn({ roles: ['responder'] });
  await trainAsResponder(t, lapsed.id, t.clock.now() - 1);
  await t.db.insertInto('responderDuty').values({ memberId: lapsed.id, zoneId, since: t.clock.now() }).execute();

  const { id } = await confirmedReport(t, { slug: 'powderhorn-park' });
  const offers = await offersOf(t, id);
  assert.deepEqual(
    offers.map((o) => [o.memberId, o.state, o.ring]),
    [[here.id, 'offered', 0]],
  );
  assert.equal(offers[0].expiresAt, t.clock.now() + t.config.dispatchOfferMinutes * 60_000);
  for (const other of [next, far, offDuty]) assert.deepEqual(await myOffers(other.cookie), []);

  const [mine] = await myOffers(here.cookie);
  assert.equal(mine.reportId, id);
  assert.equal(mine.incident.zoneName, 'Powderhorn Park');
  assert.equal(mine.incident.activity, 'stopping_people');
  assert.ok(!JSON.stringify(mine).includes('exact'), 'no exact point in the offer');
  assert.deepEqual(
    (await auditActions(t, id)).filter((e) => e.action.startsWith('dispatch.')).map((e) => e.action),
    ['dispatch.opened', 'dispatch.offered'],
  );
});

test('the confirmation event arriving twice (or on every node) opens one case and makes each offer once', async () => {
  const { zoneId } = await zonesAround(t, 'seward');
  const responder = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'seward' });
  assert.deepEqual(await openDispatch(t.ctx, { reportId: id }), { opened: false, offered: [] });
  await Promise.all([openDispatch(t.ctx, { reportId: id }), openDispatch(t.ctx, { reportId: id })]);
  const cases = await t.db.selectFrom('dispatchCase').selectAll().where('reportId', '=', id).execute();
  assert.equal(cases.length, 1);
  assert.deepEqual(
    (await offersOf(t, id)).map((o) => o.memberId),
    [responder.id],
  );
});

test('a report that is not confirmed opens no dispatch', async () => {
  const { zoneId } = await zonesAround(t, 'whittier');
  await responderOnDuty(t, [zoneId]);
  const filed = await t.call('POST', '/api/reports', {
    body: { zoneId, people: 1, vehicles: 1, activity: 'patrolling', seenAt: t.clock.now() },
  });
  const { id } = (await filed.json()) as { id: string };
  assert.deepEqual(await openDispatch(t.ctx, { reportId: id }), { opened: false, offered: [] });
  assert.equal((await t.db.selectFrom('dispatchCase').selectAll().where('reportId', '=', id).execute()).length, 0);
});

test('an offer moves offered → accepted (ETA) → on scene → cleared, each move audited, and no other way', async () => {
  const { zoneId } = await zonesAround(t, 'longfellow');
  const responder = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'longfellow' });
  const offer = await offerOf(t, id, responder.id);
  const post = (move: string, body?: unknown) =>
    t.call('POST', `/api/dispatch/offers/${offer.id}/${move}`, { cookie: responder.cookie, body });

  for (const bad of [{}, { etaMinutes: 0 }, { etaMinutes: 181 }, { etaMinutes: 2.5 }]) {
    const res = await post('accept', bad);
    assert.equal(res.status, 400, JSON.stringify(bad));
  }
  for (const early of ['on-scene', 'clear']) {
    const res = await post(early);
    assert.equal(res.status, 409, early);
    assert.equal(await errorCode(res), 'offer_transition_not_allowed');
  }
  const accepted = await post('accept', { etaMinutes: 12 });
  assert.equal(accepted.status, 200);
  const body = (await accepted.json()) as MyOffer;
  assert.equal(body.state, 'accepted');
  assert.equal(body.etaMinutes, 12);
  assert.equal(body.acceptedAt, t.clock.now());

  const again = await post('accept', { etaMinutes: 5 });
  assert.equal(again.status, 409);
  assert.equal(await errorCode(again), 'offer_transition_not_allowed');
  assert.equal((await post('clear')).status, 409, 'cannot clear before being on scene');

  t.clock.advance(10 * 60_000);
  assert.equal(((await (await post('on-scene')).json()) as MyOffer).state, 'on_scene');
  t.clock.advance(30 * 60_000);
  const cleared = (await (await post('clear')).json()) as MyOffer;
  assert.equal(cleared.state, 'cleared');
  assert.equal(cleared.endedAt, t.clock.now());
  for (const late of ['decline', 'on-scene', 'clear']) assert.equal((await post(late)).status, 409, late);
  assert.deepEqual(await myOffers(responder.cookie), [], 'a cleared offer leaves the list');

  const moves = (await auditActions(t, id)).filter((e) => e.objectId === offer.id);
  assert.deepEqual(
    moves.map((e) => e.action),
    ['dispatch.offered', 'dispatch.offer.accepted', 'dispatch.offer.on_scene', 'dispatch.offer.cleared'],
  );
  assert.ok(moves.slice(1).every((e) => e.memberId === responder.id));
});

test('a responder can decline, or withdraw after accepting; a declined offer is over', async () => {
  const { zoneId } = await zonesAround(t, 'linden-hills');
  const a = await responderOnDuty(t, [zoneId]);
  const b = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'linden-hills' });
  const offerA = await offerOf(t, id, a.id);
  const offerB = await offerOf(t, id, b.id);
  assert.equal((await t.call('POST', `/api/dispatch/offers/${offerA.id}/decline`, { cookie: a.cookie })).status, 200);
  const acceptDeclined = await t.call('POST', `/api/dispatch/offers/${offerA.id}/accept`, { cookie: a.cookie, body: { etaMinutes: 5 } });
  assert.equal(acceptDeclined.status, 409);
  await t.call('POST', `/api/dispatch/offers/${offerB.id}/accept`, { cookie: b.cookie, body: { etaMinutes: 5 } });
  const withdrawn = await t.call('POST', `/api/dispatch/offers/${offerB.id}/decline`, { cookie: b.cookie });
  assert.equal(((await withdrawn.json()) as MyOffer).state, 'declined');
  assert.deepEqual(
    (await offersOf(t, id)).map((o) => o.state),
    ['declined', 'declined'],
  );
});

test('only the responder an offer was made to may move it or see its exact point', async () => {
  const { zoneId } = await zonesAround(t, 'webber-camden');
  const mine = await responderOnDuty(t, [zoneId]);
  const other = await responderOnDuty(t, [zoneId]);
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const admin = await t.signIn({ roles: ['admin'] });
  const { id } = await confirmedReport(t, { slug: 'webber-camden' });
  const offer = await offerOf(t, id, mine.id);

  const byOther = await t.call('POST', `/api/dispatch/offers/${offer.id}/accept`, { cookie: other.cookie, body: { etaMinutes: 5 } });
  assert.equal(byOther.status, 403);
  assert.equal(await errorCode(byOther), 'not_your_offer');
  const byAdmin = await t.call('POST', `/api/dispatch/offers/${offer.id}/decline`, { cookie: admin.cookie });
  assert.equal(await errorCode(byAdmin), 'not_your_offer', 'not even an admin answers for a responder');
  const byDispatcher = await t.call('POST', `/api/dispatch/offers/${offer.id}/decline`, { cookie: dispatcher.cookie });
  assert.equal(byDispatcher.status, 403);
  assert.equal(
    (await t.call('POST', '/api/dispatch/offers/00000000-0000-7000-8000-000000000000/decline', { cookie: mine.cookie })).status,
    404,
  );
  for (const who of [other, admin]) {
    const peek = await t.call('GET', `/api/dispatch/offers/${offer.id}/exact-point`, { cookie: who.cookie });
    assert.equal(peek.status, 403);
  }
  assert.equal((await offerOf(t, id, mine.id)).state, 'offered', 'nothing moved');
});

test('the exact point is revealed only after accepting, only if the reporter shared it, and every reveal is audited', async () => {
  const { zoneId } = await zonesAround(t, 'bryn-mawr');
  const responder = await responderOnDuty(t, [zoneId]);
  const point = { lat: 44.9653, lng: -93.3187 };
  const shared = await confirmedReport(t, { slug: 'bryn-mawr', over: { exactPoint: point } });
  const notShared = await confirmedReport(t, { slug: 'bryn-mawr' });
  const offer = await offerOf(t, shared.id, responder.id);
  const url = `/api/dispatch/offers/${offer.id}/exact-point`;
  const listed = (await (await t.call('GET', '/api/dispatch/offers', { cookie: responder.cookie })).json()) as {
    offers: { reportId: string; incident: { hasExactPoint: boolean } }[];
  };
  assert.deepEqual(
    listed.offers.map((o) => [o.reportId, o.incident.hasExactPoint]).sort(),
    [
      [shared.id, true],
      [notShared.id, false],
    ].sort(),
    'the offer says whether there is a point to look at, without the point',
  );

  const early = await t.call('GET', url, { cookie: responder.cookie });
  assert.equal(early.status, 403);
  assert.equal(await errorCode(early), 'offer_not_accepted');
  const reveals = async (reportId: string) =>
    (await auditActions(t, reportId)).filter((e) => e.action === 'report.exact_point_revealed' && e.memberId === responder.id).length;
  assert.equal(await reveals(shared.id), 0);

  await t.call('POST', `/api/dispatch/offers/${offer.id}/accept`, { cookie: responder.cookie, body: { etaMinutes: 8 } });
  const seen = await t.call('GET', url, { cookie: responder.cookie });
  assert.equal(seen.status, 200);
  assert.deepEqual(await seen.json(), { point });
  assert.equal(await reveals(shared.id), 1);

  const other = await offerOf(t, notShared.id, responder.id);
  await t.call('POST', `/api/dispatch/offers/${other.id}/accept`, { cookie: responder.cookie, body: { etaMinutes: 8 } });
  assert.deepEqual(await (await t.call('GET', `/api/dispatch/offers/${other.id}/exact-point`, { cookie: responder.cookie })).json(), {
    point: null,
  });

  await t.call('POST', `/api/dispatch/offers/${offer.id}/on-scene`, { cookie: responder.cookie });
  assert.equal((await t.call('GET', url, { cookie: responder.cookie })).status, 200, 'still there on scene');
  await t.call('POST', `/api/dispatch/offers/${offer.id}/clear`, { cookie: responder.cookie });
  assert.equal((await t.call('GET', url, { cookie: responder.cookie })).status, 403, 'not after leaving');
});
