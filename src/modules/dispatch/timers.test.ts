import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { MINUTE } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import type { Board, MyOffer } from './contract';
import { DISPATCH_WIDENED, type DispatchWidened } from './events';
import { auditActions, offerOf, offersOf, resetDispatch, responderOnDuty, zonesAround } from './test-helpers';
import { runDispatchTimers } from './timers';

let t: TestApp;
const widenings: DispatchWidened[] = [];
before(async () => {
  t = await createTestApp();
  t.ctx.bus.subscribe<DispatchWidened>(DISPATCH_WIDENED, ({ data }) => void widenings.push(data));
});
afterEach(async () => {
  widenings.length = 0;
  await resetDispatch(t);
});
after(() => t.close());

const board = async () => {
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  return (await (await t.call('GET', '/api/dispatch/board', { cookie: dispatcher.cookie })).json()) as Board;
};
const caseOf = (reportId: string) => t.db.selectFrom('dispatchCase').selectAll().where('reportId', '=', reportId).executeTakeFirstOrThrow();

test('unanswered, the call widens to the neighbouring zones after the configured minutes — not before — and dispatchers are told', async () => {
  const { zoneId, neighbourId, farId } = await zonesAround(t, 'powderhorn-park');
  const here = await responderOnDuty(t, [zoneId]);
  const next = await responderOnDuty(t, [neighbourId]);
  const far = await responderOnDuty(t, [farId]);
  const { id } = await confirmedReport(t, { slug: 'powderhorn-park' });
  const openedAt = t.clock.now();

  t.clock.advance(t.config.dispatchWidenMinutes * MINUTE - 1);
  await runDispatchTimers(t.ctx);
  assert.deepEqual(
    (await offersOf(t, id)).map((o) => o.memberId),
    [here.id],
  );
  assert.equal((await caseOf(id)).widenedAt, null);
  assert.equal(widenings.length, 0);

  t.clock.advance(1);
  await runDispatchTimers(t.ctx);
  const offers = await offersOf(t, id);
  assert.deepEqual(
    offers.map((o) => [o.memberId, o.ring]),
    [
      [here.id, 0],
      [next.id, 1],
    ],
  );
  assert.ok(!offers.some((o) => o.memberId === far.id));
  assert.equal((await caseOf(id)).widenedAt, openedAt + t.config.dispatchWidenMinutes * MINUTE);
  assert.equal(widenings.length, 1);
  assert.equal(widenings[0].reportId, id);
  assert.ok(widenings[0].zoneIds.includes(neighbourId) && !widenings[0].zoneIds.includes(zoneId));
  assert.equal(widenings[0].offered, 1);
  const card = (await board()).incidents.find((i) => i.reportId === id);
  assert.equal(card?.widenedAt, (await caseOf(id)).widenedAt);
  assert.ok((await auditActions(t, id)).some((e) => e.action === 'dispatch.widened' && e.memberId === null));

  t.clock.advance(MINUTE);
  await runDispatchTimers(t.ctx);
  await Promise.all([runDispatchTimers(t.ctx), runDispatchTimers(t.ctx)]);
  assert.equal(widenings.length, 1, 'a case widens once, however often the timers run');
  assert.equal((await offersOf(t, id)).length, 2);
});

test('a call someone accepted does not widen', async () => {
  const { zoneId, neighbourId } = await zonesAround(t, 'seward');
  const here = await responderOnDuty(t, [zoneId]);
  const next = await responderOnDuty(t, [neighbourId]);
  const { id } = await confirmedReport(t, { slug: 'seward' });
  const offer = await offerOf(t, id, here.id);
  t.clock.advance(MINUTE);
  await t.call('POST', `/api/dispatch/offers/${offer.id}/accept`, { cookie: here.cookie, body: { etaMinutes: 10 } });
  t.clock.advance(t.config.dispatchWidenMinutes * MINUTE);
  await runDispatchTimers(t.ctx);
  assert.equal((await caseOf(id)).widenedAt, null);
  assert.ok(!(await offersOf(t, id)).some((o) => o.memberId === next.id));
});

test('a dispatcher may widen early, once', async () => {
  const { zoneId, neighbourId } = await zonesAround(t, 'whittier');
  await responderOnDuty(t, [zoneId]);
  const next = await responderOnDuty(t, [neighbourId]);
  const { id } = await confirmedReport(t, { slug: 'whittier' });
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const verifier = await t.signIn({ roles: ['verifier'] });
  assert.equal((await t.call('POST', `/api/dispatch/incidents/${id}/widen`, { cookie: verifier.cookie })).status, 403);
  const widened = await t.call('POST', `/api/dispatch/incidents/${id}/widen`, { cookie: dispatcher.cookie });
  assert.equal(widened.status, 200);
  assert.equal(((await widened.json()) as { widenedAt: number }).widenedAt, t.clock.now());
  assert.equal((await offerOf(t, id, next.id)).ring, 1);
  assert.equal(widenings[0].by, dispatcher.id);
  const again = await t.call('POST', `/api/dispatch/incidents/${id}/widen`, { cookie: dispatcher.cookie });
  assert.equal(again.status, 409);
  assert.equal(((await again.json()) as { error: { code: string } }).error.code, 'already_widened');
});

test('an offer nobody answers expires after the configured minutes; an accepted one does not', async () => {
  const { zoneId } = await zonesAround(t, 'longfellow');
  const slow = await responderOnDuty(t, [zoneId]);
  const quick = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'longfellow' });
  const quickOffer = await offerOf(t, id, quick.id);
  await t.call('POST', `/api/dispatch/offers/${quickOffer.id}/accept`, { cookie: quick.cookie, body: { etaMinutes: 30 } });
  const slowOffer = await offerOf(t, id, slow.id);

  t.clock.advance(t.config.dispatchOfferMinutes * MINUTE - 1);
  await runDispatchTimers(t.ctx);
  assert.equal((await offerOf(t, id, slow.id)).state, 'offered');
  t.clock.advance(1);
  // Before the timer runs, the lapsed offer can no longer be accepted.
  const late = await t.call('POST', `/api/dispatch/offers/${slowOffer.id}/accept`, { cookie: slow.cookie, body: { etaMinutes: 5 } });
  assert.equal(late.status, 409);
  assert.equal(((await late.json()) as { error: { code: string } }).error.code, 'offer_expired');
  await runDispatchTimers(t.ctx);
  const expired = await offerOf(t, id, slow.id);
  assert.equal(expired.state, 'expired');
  assert.equal(expired.endedAt, t.clock.now());
  assert.equal((await offerOf(t, id, quick.id)).state, 'accepted');
  const slowList = (await (await t.call('GET', '/api/dispatch/offers', { cookie: slow.cookie })).json()) as { offers: MyOffer[] };
  assert.deepEqual(slowList.offers, []);
  assert.equal((await auditActions(t, id)).filter((e) => e.action === 'dispatch.offer.expired').length, 1);
  await runDispatchTimers(t.ctx);
  assert.equal((await auditActions(t, id)).filter((e) => e.action === 'dispatch.offer.expired').length, 1, 'expired once');
});

test('a responder who comes on duty while an incident is open gets its offer; one who declined is not asked again', async () => {
  const { zoneId } = await zonesAround(t, 'linden-hills');
  const early = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'linden-hills' });
  const offer = await offerOf(t, id, early.id);
  await t.call('POST', `/api/dispatch/offers/${offer.id}/decline`, { cookie: early.cookie });
  const late = await responderOnDuty(t, [zoneId]);
  assert.equal((await offerOf(t, id, late.id)).state, 'offered');
  await t.call('PUT', '/api/dispatch/duty', { cookie: early.cookie, body: { zoneIds: [] } });
  await t.call('PUT', '/api/dispatch/duty', { cookie: early.cookie, body: { zoneIds: [zoneId] } });
  await runDispatchTimers(t.ctx);
  assert.deepEqual(
    (await offersOf(t, id)).map((o) => [o.memberId, o.state]),
    [
      [early.id, 'declined'],
      [late.id, 'offered'],
    ],
  );
});

test('closing the incident ends its dispatch: waiting offers expire, engaged responders are stood down, the board drops it', async () => {
  const { zoneId } = await zonesAround(t, 'bryn-mawr');
  const waiting = await responderOnDuty(t, [zoneId]);
  const going = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'bryn-mawr' });
  const goingOffer = await offerOf(t, id, going.id);
  await t.call('POST', `/api/dispatch/offers/${goingOffer.id}/accept`, { cookie: going.cookie, body: { etaMinutes: 4 } });
  assert.ok((await board()).incidents.some((i) => i.reportId === id));

  t.clock.advance(20 * MINUTE);
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  assert.equal((await t.call('POST', `/api/reports/${id}/close`, { cookie: dispatcher.cookie })).status, 200);
  assert.equal((await offerOf(t, id, waiting.id)).state, 'expired');
  assert.equal((await offerOf(t, id, going.id)).state, 'cleared');
  assert.equal((await caseOf(id)).closedAt, t.clock.now());
  assert.ok(!(await board()).incidents.some((i) => i.reportId === id));
  const card = await t.call('GET', `/api/dispatch/incidents/${id}`, { cookie: dispatcher.cookie });
  assert.equal(((await card.json()) as { closedAt: number }).closedAt, t.clock.now());

  t.clock.advance(t.config.dispatchWidenMinutes * MINUTE);
  await runDispatchTimers(t.ctx);
  assert.equal((await caseOf(id)).widenedAt, null, 'a closed case never widens');
  assert.equal((await auditActions(t, id)).filter((e) => e.action === 'dispatch.closed').length, 1);
  await responderOnDuty(t, [zoneId]);
  assert.equal((await offersOf(t, id)).length, 2, 'nor reaches newcomers');
});

test('a node that missed the close event closes the case on its next timer run', async () => {
  const { zoneId } = await zonesAround(t, 'como');
  const responder = await responderOnDuty(t, [zoneId]);
  const { id } = await confirmedReport(t, { slug: 'como' });
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  await t.call('POST', `/api/reports/${id}/close`, { cookie: dispatcher.cookie });
  const closedAt = t.clock.now();
  // As this node would have it had the event not arrived.
  await t.db.updateTable('dispatchCase').set({ closedAt: null }).where('reportId', '=', id).execute();
  await t.db.updateTable('dispatchOffer').set({ state: 'offered', endedAt: null }).where('reportId', '=', id).execute();
  t.clock.advance(MINUTE);
  await runDispatchTimers(t.ctx);
  assert.equal((await caseOf(id)).closedAt, closedAt);
  assert.equal((await offerOf(t, id, responder.id)).state, 'expired');
});
