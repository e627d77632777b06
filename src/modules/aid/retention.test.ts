import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { file, groceries, importDemoZones, type Member, step } from './test-helpers';

let t: TestApp;
let operator: Member;
let tou: Member;
before(async () => {
  t = await createTestApp();
  await importDemoZones(t);
  operator = await t.signIn({ roles: ['dispatcher'] });
  tou = await t.signIn();
});
after(() => t.close());

const purge = async () =>
  (await purgeExpired(t.db, retentionRules, t.config, t.clock.now())).find((r) => r.kind === 'aid_request')?.deleted;
const requestIds = async () => (await t.db.selectFrom('aidRequest').select('id').orderBy('id').execute()).map((r) => r.id);

test('N days after a request is done, cancelled or confirmed, it goes with its address, contact, notes, receipt link and claims; open ones stay', async () => {
  const days = t.config.retentionDays.aid_request;
  const onBehalf = { householdName: 'Luz' };
  const done = (await file(t, operator, groceries({ onBehalf }))).request.id;
  const cancelled = (await file(t, operator, groceries({ onBehalf }))).request.id;
  const confirmedLater = await file(t, operator, groceries({ onBehalf }));
  const open = (await file(t, operator, groceries({ onBehalf }))).request.id;
  const claimedForever = (await file(t, operator, groceries({ onBehalf }))).request.id;
  for (const id of [done, confirmedLater.request.id]) {
    await step(t, tou, id, 'claim');
    await step(t, tou, id, 'claim/confirm');
    await step(t, tou, id, 'done');
  }
  await step(t, operator, cancelled, 'cancel');
  await step(t, tou, claimedForever, 'claim');
  await step(t, tou, claimedForever, 'claim/confirm');
  const offer = { kind: 'meals', zoneIds: [], availability: 'Evenings', note: '', until: t.clock.now() + 5 * DAY };
  const withdrawn = (await (await t.call('POST', '/api/aid/offers', { cookie: tou.cookie, body: offer })).json()) as { id: string };
  await t.call('POST', `/api/aid/offers/${withdrawn.id}/withdraw`, { cookie: tou.cookie });
  await t.call('POST', '/api/aid/offers', { cookie: tou.cookie, body: { ...offer, until: t.clock.now() + 40 * DAY } });

  // Ten days on, the household confirms the second one: its clock starts again.
  t.clock.advance(10 * DAY);
  await t.call('POST', '/api/aid/receipt/confirm', { body: { token: confirmedLater.receiptToken } });

  t.clock.advance(days * DAY - 10 * DAY - 1);
  assert.equal(await purge(), 0, 'a millisecond early');
  t.clock.advance(2);
  assert.equal(await purge(), 3, 'the done and cancelled requests and the withdrawn offer');
  assert.deepEqual(await requestIds(), [confirmedLater.request.id, open, claimedForever].sort());
  const claims = await t.db.selectFrom('aidClaim').select('requestId').execute();
  assert.ok(
    claims.every((c) => c.requestId !== done),
    "the done request's claims went with it",
  );
  assert.equal((await t.db.selectFrom('aidOffer').select('id').execute()).length, 1);

  t.clock.advance(10 * DAY);
  assert.equal(await purge(), 1, 'the confirmed one, counted from its confirmation');
  assert.deepEqual(await requestIds(), [open, claimedForever].sort());
  // The second offer's last day is 40 days after the start; we are at 40 days and 1 ms.
  t.clock.advance(days * DAY - 2);
  assert.equal(await purge(), 0, 'the second offer counts from its last day');
  t.clock.advance(2);
  assert.equal(await purge(), 1, 'the second offer, N days after its last day');
  assert.equal((await t.db.selectFrom('aidOffer').select('id').execute()).length, 0);
});
