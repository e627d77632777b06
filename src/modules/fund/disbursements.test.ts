import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { findFundableAidRequest } from '../aid';
import { file, groceries, importDemoZones } from '../aid/test-helpers';
import { openCase } from '../families/test-helpers';
import type { Approvals, Disbursement } from './contract';
import { verifyLedger } from './ledger-verify';
import { approved, decide, donate, expectError, figures, type Member, makeFund } from './test-helpers';

let t: TestApp;
let caseworker: Member;
/** A caseworker who is also a treasurer, like the demo's Grace: she may ask, but not approve her own request. */
let grace: Member;
let ayaan: Member;
let hodan: Member;
let third: Member;
let dispatcher: Member;
let fundId: string;
before(async () => {
  t = await createTestApp();
  await importDemoZones(t);
  caseworker = await t.signIn({ roles: ['caseworker'], displayName: 'Case Worker' });
  grace = await t.signIn({ roles: ['caseworker', 'treasurer'], displayName: 'Grace' });
  ayaan = await t.signIn({ roles: ['organiser', 'treasurer'], displayName: 'Ayaan' });
  hodan = await t.signIn({ roles: ['treasurer'], displayName: 'Hodan' });
  third = await t.signIn({ roles: ['treasurer'], displayName: 'Third' });
  dispatcher = await t.signIn({ roles: ['dispatcher'] });
  fundId = (await makeFund(t, ayaan, { name: 'Rent relief' })).id;
  await donate(t, hodan, fundId, 1_000_000);
});
after(() => t.close());

const rentFor = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  fundId,
  category: 'rent',
  amountCents: 90_000,
  payeeName: 'Cedar Apartments LLC',
  payeeDetails: 'Cheque to the office, unit 3',
  reason: "March rent, after the father's detention",
  caseId,
  ...overrides,
});

async function ask(as: Member, body: Record<string, unknown>): Promise<Disbursement> {
  const res = await t.call('POST', '/api/fund/disbursements', { cookie: as.cookie, body });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Disbursement;
}

const payoutEntries = async (id: string) =>
  (await t.db.selectFrom('ledgerEntry').select('seq').where('idempotencyKey', '=', `payout:${id}`).execute()).length;

test('a caseworker asks for rent for their case; two other treasurers approve and the second approval pays it', async () => {
  const caseId = await openCase(t, grace);
  const before = await figures(t, ayaan, fundId);
  const asked = await ask(grace, rentFor(caseId));
  assert.deepEqual(
    [asked.state, asked.caseId, asked.requestedBy?.name, asked.payee?.name],
    ['requested', caseId, 'Grace', 'Cedar Apartments LLC'],
  );

  const once = await approved(t, ayaan, asked.id);
  assert.deepEqual([once.state, once.firstApprover?.name], ['approved_once', 'Ayaan']);
  assert.equal(await payoutEntries(asked.id), 0, 'one approval pays nothing');
  const paid = await approved(t, hodan, asked.id);
  assert.deepEqual([paid.state, paid.decidedBy?.name, paid.decidedAt], ['paid', 'Hodan', t.clock.now()]);
  assert.equal(await payoutEntries(asked.id), 1);

  const after = await figures(t, ayaan, fundId);
  assert.deepEqual(
    [after.cash, after.paidOut, after.byCategory.rent],
    [before.cash - 90_000, before.paidOut + 90_000, before.byCategory.rent + 90_000],
  );
  const actions = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', asked.id).orderBy('at').orderBy('id').execute();
  assert.deepEqual(
    actions.map((a) => a.action),
    ['fund.disbursement_requested', 'fund.disbursement_approved', 'fund.disbursement_paid'],
  );
  assert.equal((await verifyLedger(t.db, t.ctx.dialect)).ok, true);
});

test('two different treasurers, neither the requester: every other approval is refused', async () => {
  const caseId = await openCase(t, grace);
  const asked = await ask(grace, rentFor(caseId, { amountCents: 10_000 }));
  await expectError(await decide(t, grace, asked.id, 'approve'), 403, 'requester_cannot_approve');
  await expectError(await decide(t, caseworker, asked.id, 'approve'), 403, 'role_required');
  const admin = await t.signIn({ roles: ['admin'] });
  await expectError(await decide(t, admin, asked.id, 'approve'), 403, 'treasurer_required');
  await approved(t, ayaan, asked.id);
  await expectError(await decide(t, ayaan, asked.id, 'approve'), 409, 'already_approved');
  await expectError(await decide(t, grace, asked.id, 'approve'), 403, 'requester_cannot_approve');
  assert.equal(await payoutEntries(asked.id), 0);

  const rejected = await decide(t, hodan, asked.id, 'reject', { reason: 'The landlord was paid by the church' });
  assert.equal(((await rejected.json()) as Disbursement).state, 'rejected');
  await expectError(await decide(t, third, asked.id, 'approve'), 409, 'not_waiting');
  await expectError(await decide(t, third, asked.id, 'reject', { reason: 'Again' }), 409, 'not_waiting');
  await expectError(await decide(t, hodan, 'no-such-id', 'approve'), 404, 'not_found');
  assert.equal(await payoutEntries(asked.id), 0);
});

test('asking needs one link the asker may use: their own case, or an open rent aid request for organisers and dispatchers', async () => {
  const mine = await openCase(t, grace);
  const post = (as: Member, body: Record<string, unknown>) => t.call('POST', '/api/fund/disbursements', { cookie: as.cookie, body });
  await expectError(await post(caseworker, rentFor(mine)), 403, 'not_assigned');
  await expectError(await post(grace, rentFor('no-such-case')), 404, 'not_found');
  await expectError(await post(grace, rentFor(mine, { caseId: undefined })), 400, 'link_required', 'caseId');
  await expectError(await post(grace, rentFor(mine, { aidRequestId: 'x' })), 400, 'link_required', 'caseId');
  await expectError(await post(grace, rentFor(mine, { fundId: 'no-such-fund' })), 404, 'not_found', 'fundId');
  await expectError(await post(grace, rentFor(mine, { amountCents: 0 })), 400, 'invalid_input', 'amountCents');
  await expectError(await post(grace, rentFor(mine, { category: 'bail' })), 400, 'invalid_input', 'category');
  const request = (
    await file(t, dispatcher, { ...groceries({ onBehalf: { householdName: 'Maria' } }), kind: 'rent_bills', amountCents: 85_000 })
  ).request;
  await expectError(
    await post(grace, rentFor(mine, { caseId: undefined, aidRequestId: request.id })),
    403,
    'organiser_or_dispatcher_required',
  );
  const grocery = (await file(t, dispatcher, groceries({ onBehalf: { householdName: 'Luz' } }))).request;
  await expectError(
    await post(dispatcher, rentFor(mine, { caseId: undefined, aidRequestId: grocery.id })),
    404,
    'not_found',
    'aidRequestId',
  );
});

test('an aid request is asked for once however many ask at once; once paid, the aid request is done', async () => {
  const request = (
    await file(t, dispatcher, { ...groceries({ onBehalf: { householdName: 'Maria' } }), kind: 'rent_bills', amountCents: 85_000 })
  ).request;
  const body = rentFor('', { caseId: undefined, aidRequestId: request.id, category: 'bills', amountCents: 85_000 });
  const results = await Promise.all(
    Array.from({ length: 5 }, () => t.call('POST', '/api/fund/disbursements', { cookie: dispatcher.cookie, body })),
  );
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409, 409]);
  const asked = (await results.find((r) => r.status === 201)?.json()) as Disbursement;
  assert.equal(asked.payee, null, 'the dispatcher is no treasurer: the payee is not shown back');
  await approved(t, ayaan, asked.id);
  await approved(t, third, asked.id);
  assert.equal((await findFundableAidRequest(t.ctx, request.id))?.state, 'done');
  await expectError(await t.call('POST', '/api/fund/disbursements', { cookie: dispatcher.cookie, body }), 409, 'aid_request_not_open');
});

test('a payout never overdraws the fund: the second approval waits for the money', async () => {
  const poor = (await makeFund(t, ayaan, { name: 'Empty fund' })).id;
  await donate(t, hodan, poor, 5_000);
  const asked = await ask(grace, rentFor(await openCase(t, grace), { fundId: poor, amountCents: 8_000 }));
  await approved(t, ayaan, asked.id);
  const refused = await expectError(await decide(t, hodan, asked.id, 'approve'), 409, 'insufficient_funds');
  assert.match(refused.error.message, /holds 50\.00; this needs 80\.00/);
  assert.equal(await payoutEntries(asked.id), 0);
  await donate(t, hodan, poor, 3_000);
  assert.equal((await approved(t, hodan, asked.id)).state, 'paid');
  assert.equal((await figures(t, ayaan, poor)).cash, 0);
});

test('treasurers approving at once: exactly one payout', async () => {
  for (let round = 0; round < 3; round++) {
    const fromOnce = await ask(grace, rentFor(await openCase(t, grace), { amountCents: 1_000 }));
    await approved(t, ayaan, fromOnce.id);
    const racing = await Promise.all([hodan, third, ayaan].map((who) => decide(t, who, fromOnce.id, 'approve')));
    assert.deepEqual(racing.map((r) => r.status).sort(), [200, 409, 409]);
    assert.equal(await payoutEntries(fromOnce.id), 1);

    // From "requested": two approve at once, which is two approvals by two treasurers: paid once.
    const fresh = await ask(grace, rentFor(await openCase(t, grace), { amountCents: 1_000 }));
    const both = await Promise.all([hodan, third].map((who) => decide(t, who, fresh.id, 'approve')));
    const states = await Promise.all(both.map(async (r) => ((await r.json()) as Disbursement).state));
    assert.deepEqual(states.sort(), ['approved_once', 'paid']);
    assert.equal(await payoutEntries(fresh.id), 1);
  }
  assert.equal((await verifyLedger(t.db, t.ctx.dialect)).ok, true);
});

test('treasurers see what waits for them; a case page sees its own disbursements, the payee only for treasurers', async () => {
  const caseId = await openCase(t, caseworker);
  const asked = await ask(caseworker, rentFor(caseId, { amountCents: 12_345 }));
  const approvals = (await (await t.call('GET', '/api/fund/approvals', { cookie: hodan.cookie })).json()) as Approvals;
  const waiting = approvals.waiting.find((d) => d.id === asked.id);
  assert.deepEqual([waiting?.state, waiting?.payee?.details], ['requested', 'Cheque to the office, unit 3']);
  assert.ok(approvals.decided.some((d) => d.state === 'paid'));

  const forCase = await t.call('GET', `/api/fund/disbursements?caseId=${caseId}`, { cookie: caseworker.cookie });
  const listed = ((await forCase.json()) as { disbursements: Disbursement[] }).disbursements;
  assert.deepEqual(
    listed.map((d) => [d.id, d.amountCents, d.state, d.category, d.payee]),
    [[asked.id, 12_345, 'requested', 'rent', null]],
  );
  await expectError(await t.call('GET', `/api/fund/disbursements?caseId=${caseId}`, { cookie: grace.cookie }), 403, 'not_assigned');
  const graces = await openCase(t, grace);
  await ask(grace, rentFor(graces, { amountCents: 500 }));
  const own = (await (await t.call('GET', `/api/fund/disbursements?caseId=${graces}`, { cookie: grace.cookie })).json()) as {
    disbursements: Disbursement[];
  };
  assert.equal(own.disbursements[0]?.payee?.name, 'Cedar Apartments LLC', 'a caseworker who is a treasurer sees it');
});
