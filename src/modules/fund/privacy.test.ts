import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import type { Role } from '../../core/roles';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { openCase } from '../families/test-helpers';
import type { Disbursement } from './contract';
import { approved, decide, donate, type Member, makeFund } from './test-helpers';

let t: TestApp;
let grace: Member;
let ayaan: Member;
let hodan: Member;
let fundId: string;
before(async () => {
  t = await createTestApp();
  grace = await t.signIn({ roles: ['caseworker'] });
  ayaan = await t.signIn({ roles: ['organiser', 'treasurer'] });
  hodan = await t.signIn({ roles: ['treasurer'] });
  fundId = (await makeFund(t, ayaan)).id;
});
after(() => t.close());

const DONOR = 'Canary Donor Xochitl';
const NOTE = 'canary-note-given-at-the-vigil';
const PAYEE = 'Canary Landlord Properties';
const DETAILS = 'canary-cheque-to-unit-7';
const REASON = 'canary-reason-father-detained';

async function ask(amountCents: number): Promise<Disbursement> {
  const caseId = await openCase(t, grace);
  const res = await t.call('POST', '/api/fund/disbursements', {
    cookie: grace.cookie,
    body: { fundId, category: 'rent', amountCents, payeeName: PAYEE, payeeDetails: DETAILS, reason: REASON, caseId },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Disbursement;
}

test('the public pages never name a donor or whoever received money', async () => {
  await donate(t, hodan, fundId, 50_000, { donorName: DONOR, note: NOTE });
  const paid = await ask(20_000);
  await approved(t, ayaan, paid.id);
  await approved(t, hodan, paid.id);
  for (const path of ['/api/funds', `/api/funds/${fundId}`]) {
    const text = await (await t.call('GET', path)).text();
    assert.match(text, /"paidOutCents":20000/, path);
    for (const canary of [DONOR, NOTE, PAYEE, DETAILS, REASON, grace.id, paid.id, 'Cedar'])
      assert.ok(!text.includes(canary), `${path} leaks ${canary}`);
  }
  const entries = JSON.stringify(await t.db.selectFrom('ledgerEntry').selectAll().execute());
  for (const canary of [DONOR, PAYEE, REASON, grace.id]) assert.ok(!entries.includes(canary), `the ledger itself names no one: ${canary}`);
});

test('retention erases donors a year after their gift and payees a year after the decision; the money stays', async () => {
  const start = t.clock.now();
  const oldGift = await donate(t, hodan, fundId, 1_000, { donorName: DONOR, note: NOTE });
  const oldPaid = await ask(1_000);
  await approved(t, ayaan, oldPaid.id);
  await approved(t, hodan, oldPaid.id);
  const oldRejected = await ask(1_000);
  await decide(t, hodan, oldRejected.id, 'reject', { reason: 'canary-reject-reason' });
  const stillWaiting = await ask(1_000);

  const days = t.config.retentionDays.fund_donor;
  assert.equal(t.config.retentionDays.fund_payee, days, 'both a year by default');
  t.clock.set(start + 200 * DAY);
  // Sessions do not last 200 days: the same roles, signed in again.
  const roles: Role[][] = [['caseworker'], ['organiser', 'treasurer'], ['treasurer']];
  [grace, ayaan, hodan] = await Promise.all(roles.map((r) => t.signIn({ roles: r })));
  const newGift = await donate(t, hodan, fundId, 2_000, { donorName: 'Recent Donor', note: 'recent' });
  const newPaid = await ask(1_000);
  await approved(t, ayaan, newPaid.id);
  await approved(t, hodan, newPaid.id);

  const entriesBefore = await t.db.selectFrom('ledgerEntry').select('seq').execute();
  const results = await purgeExpired(t.db, retentionRules, t.config, start + (days + 1) * DAY);
  // Everything from the first test and this one's old records: 2 donations (with names) and 3 decided disbursements.
  assert.deepEqual(
    results.filter((r) => r.kind.startsWith('fund_')).map((r) => [r.kind, r.deleted]),
    [
      ['fund_donor', 2],
      ['fund_payee', 3],
    ],
  );
  const gifts = await t.db
    .selectFrom('fundDonation')
    .select(['id', 'donorName', 'note', 'amountCents'])
    .where('id', 'in', [oldGift.id, newGift.id])
    .execute();
  assert.deepEqual(
    gifts.map((g) => [g.id, g.donorName, g.note, Number(g.amountCents)]).sort(),
    [
      [oldGift.id, null, null, 1_000],
      [newGift.id, 'Recent Donor', 'recent', 2_000],
    ].sort(),
  );
  const rows = await t.db
    .selectFrom('fundDisbursement')
    .select(['id', 'payeeName', 'payeeDetails', 'reason', 'rejectReason', 'state', 'amountCents'])
    .where('id', 'in', [oldPaid.id, oldRejected.id, stillWaiting.id, newPaid.id])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, [r.state, r.payeeName, r.payeeDetails, r.reason, r.rejectReason, Number(r.amountCents)]]));
  assert.deepEqual(byId.get(oldPaid.id), ['paid', null, null, null, null, 1_000]);
  assert.deepEqual(byId.get(oldRejected.id), ['rejected', null, null, null, null, 1_000]);
  assert.deepEqual(byId.get(stillWaiting.id), ['requested', PAYEE, DETAILS, REASON, null, 1_000], 'waiting: not decided, kept');
  assert.deepEqual(byId.get(newPaid.id), ['paid', PAYEE, DETAILS, REASON, null, 1_000]);
  assert.deepEqual(await t.db.selectFrom('ledgerEntry').select('seq').execute(), entriesBefore, 'the ledger keeps every entry');
});
