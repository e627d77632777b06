import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { findFundableAidRequest, listFundableAidRequests, markAidRequestPaid } from '.';
import type { Receipt } from './contract';
import { file, groceries, importDemoZones, type Member, refusal } from './test-helpers';

let t: TestApp;
let operator: Member;
before(async () => {
  t = await createTestApp();
  await importDemoZones(t);
  operator = await t.signIn({ roles: ['dispatcher'] });
});
after(() => t.close());

const rent = (amountCents?: number) => ({
  ...groceries({ onBehalf: { householdName: 'Maria' }, address: undefined }),
  kind: 'rent_bills' as const,
  amountCents,
});

test('the fund lists open rent/bills requests, pays one (it is done; paying twice changes nothing) and the household confirms', async () => {
  const treasurer = await t.signIn({ roles: ['treasurer'] });
  const actor = { memberId: treasurer.id, sessionId: '', roles: ['treasurer' as const], trusted: true };
  const a = await file(t, operator, rent(85_000));
  const b = await file(t, operator, rent());
  const groceryRun = await file(t, operator, groceries({ onBehalf: { householdName: 'Luz' } }));

  const listed = await listFundableAidRequests(t.ctx);
  assert.deepEqual(
    listed.map((r) => [r.id, r.amountCents, r.zone?.name, r.state]),
    [
      [a.request.id, 85_000, 'Powderhorn Park', 'open'],
      [b.request.id, null, 'Powderhorn Park', 'open'],
    ],
  );
  assert.equal(await findFundableAidRequest(t.ctx, groceryRun.request.id), null, 'not a fund kind');
  assert.equal(await findFundableAidRequest(t.ctx, 'nope'), null);

  await markAidRequestPaid(t.ctx, a.request.id, actor);
  await markAidRequestPaid(t.ctx, a.request.id, actor);
  assert.equal((await findFundableAidRequest(t.ctx, a.request.id))?.state, 'done');
  assert.deepEqual(
    (await listFundableAidRequests(t.ctx)).map((r) => r.id),
    [b.request.id],
  );
  const paid = await t.db
    .selectFrom('auditLog')
    .select('memberId')
    .where('action', '=', 'aid_request.paid')
    .where('objectId', '=', a.request.id)
    .execute();
  assert.deepEqual(paid, [{ memberId: treasurer.id }], 'audited once');
  const confirmed = (await (await t.call('POST', '/api/aid/receipt/confirm', { body: { token: a.receiptToken } })).json()) as Receipt;
  assert.deepEqual({ state: confirmed.state, confirmed: confirmed.confirmed }, { state: 'done', confirmed: true });

  await t.call('POST', `/api/aid/requests/${b.request.id}/cancel`, { cookie: operator.cookie });
  await assert.rejects(markAidRequestPaid(t.ctx, b.request.id, actor), { code: 'aid_request_not_open' });
  await assert.rejects(markAidRequestPaid(t.ctx, groceryRun.request.id, actor), { code: 'not_found' });
});

test('volunteers never see rent/bills requests in their list: the fund pays those', async () => {
  const filed = await file(t, operator, rent(10_000));
  const volunteer = await t.signIn();
  const listed = (await (await t.call('GET', '/api/aid/requests?scope=all', { cookie: volunteer.cookie })).json()) as {
    requests: { id: string }[];
  };
  assert.ok(!listed.requests.some((r) => r.id === filed.request.id));
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${filed.request.id}/claim`, { cookie: volunteer.cookie })), {
    status: 409,
    code: 'not_claimable',
  });
});
