import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { membersModule } from '../members';
import type { Donation, ManagedFund, PublicFundPage } from './contract';
import { seedDemoFunds } from './demo';
import { postNow } from './ledger-service';
import { payoutPosting } from './postings';
import { donate, expectError, figures, type Member, makeFund, today } from './test-helpers';

let t: TestApp;
let organiser: Member;
let treasurer: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  treasurer = await t.signIn({ roles: ['treasurer'] });
});
after(() => t.close());

const ledgerEntries = async () => (await t.db.selectFrom('ledgerEntry').select('seq').execute()).length;

test('organisers and treasurers create and edit funds; only public ones are shown, with their translations', async () => {
  const translations = { es: { name: 'Fondo de renta', description: 'Renta para hogares.' } };
  const fund = await makeFund(t, organiser, {
    name: 'Rent relief',
    description: 'Rent for households.',
    goalCents: 4_000_000,
    translations,
  });
  assert.deepEqual([fund.public, fund.raisedCents, fund.cashCents, fund.translations], [true, 0, 0, translations]);
  const hidden = await makeFund(t, treasurer, { name: 'Not yet public', public: false });
  const listed = (await (await t.call('GET', '/api/funds')).json()) as { funds: { id: string }[] };
  assert.ok(listed.funds.some((f) => f.id === fund.id));
  assert.ok(!listed.funds.some((f) => f.id === hidden.id));
  await expectError(await t.call('GET', `/api/funds/${hidden.id}`), 404, 'not_found');

  const edit = await t.call('PUT', `/api/fund/funds/${hidden.id}`, {
    cookie: organiser.cookie,
    body: { name: 'Family support', description: 'Food and rides.', goalCents: 2_500_000, public: true },
  });
  assert.equal(((await edit.json()) as ManagedFund).name, 'Family support');
  const page = (await (await t.call('GET', `/api/funds/${hidden.id}`)).json()) as PublicFundPage;
  assert.deepEqual([page.fund.name, page.fund.goalCents], ['Family support', 2_500_000]);

  const member = await t.signIn();
  await expectError(
    await t.call('POST', '/api/fund/funds', { cookie: member.cookie, body: { name: 'X fund', goalCents: 1, public: true } }),
    403,
    'role_required',
  );
  await expectError(
    await t.call('PUT', '/api/fund/funds/nope', { cookie: organiser.cookie, body: { name: 'X fund', goalCents: 1, public: true } }),
    404,
    'not_found',
  );
  await expectError(
    await t.call('POST', '/api/fund/funds', { cookie: organiser.cookie, body: { name: 'X fund', goalCents: -1, public: true } }),
    400,
    'invalid_input',
    'goalCents',
  );
});

test('a donation entered by hand; its idempotency key records it once, also when sent many times at once', async () => {
  const fund = await makeFund(t, organiser, { name: 'Donations' });
  const first = await donate(t, treasurer, fund.id, 5_000, {
    method: 'check',
    donorName: 'Hodan W.',
    note: 'At the rally',
    idempotencyKey: 'form-0001',
  });
  assert.deepEqual(
    [first.amountCents, first.method, first.donorName, first.note, first.source],
    [5_000, 'check', 'Hodan W.', 'At the rally', 'manual'],
  );
  const before = await ledgerEntries();
  const again = await donate(t, treasurer, fund.id, 7_000, { idempotencyKey: 'form-0001' });
  assert.deepEqual([again.id, again.amountCents], [first.id, 5_000], 'the first donation, as it was recorded');
  const racing = await Promise.all(Array.from({ length: 10 }, () => donate(t, treasurer, fund.id, 1_000, { idempotencyKey: 'form-0002' })));
  assert.equal(new Set(racing.map((d) => d.id)).size, 1);
  assert.equal(await ledgerEntries(), before + 1);
  assert.equal((await figures(t, treasurer, fund.id)).raised, 6_000);

  const post = (body: Record<string, unknown>, as = treasurer) =>
    t.call('POST', '/api/fund/donations', {
      cookie: as.cookie,
      body: { fundId: fund.id, amountCents: 100, receivedOn: today(t), method: 'cash', ...body },
    });
  const tomorrow = new Date(t.clock.now() + 2 * DAY).toISOString().slice(0, 10);
  await expectError(await post({ receivedOn: tomorrow }), 400, 'date_in_future', 'receivedOn');
  await expectError(await post({ amountCents: 12.5 }), 400, 'invalid_input', 'amountCents');
  await expectError(await post({ method: 'card' }), 400, 'invalid_input', 'method');
  await expectError(await post({ fundId: 'nope' }), 404, 'not_found', 'fundId');
  await expectError(await post({}, organiser), 403, 'role_required');
  assert.equal(await ledgerEntries(), before + 1, 'refused donations post nothing');

  const list = await t.call('GET', `/api/fund/donations?fundId=${fund.id}`, { cookie: treasurer.cookie });
  assert.deepEqual(
    ((await list.json()) as { donations: Donation[] }).donations.map((d) => d.amountCents),
    [1_000, 5_000],
  );
});

test('a donation is reversed by a new entry, once, and never below what the fund holds', async () => {
  const fund = await makeFund(t, organiser, { name: 'Reversals' });
  const donation = await donate(t, treasurer, fund.id, 2_500);
  const reverse = (id: string) => t.call('POST', `/api/fund/donations/${id}/reverse`, { cookie: treasurer.cookie });
  const reversed = (await (await reverse(donation.id)).json()) as Donation;
  assert.equal(reversed.reversedCents, 2_500);
  assert.deepEqual([(await figures(t, treasurer, fund.id)).raised, (await figures(t, treasurer, fund.id)).cash], [0, 0]);
  await expectError(await reverse(donation.id), 409, 'already_reversed');
  await expectError(await reverse('nope'), 404, 'not_found');
  const memos = await t.db.selectFrom('ledgerEntry').select('memo').where('idempotencyKey', '=', `reversal:${donation.id}`).execute();
  assert.deepEqual(memos, [{ memo: 'reversal' }]);

  const spent = await donate(t, treasurer, fund.id, 3_000);
  await postNow(t.ctx, payoutPosting('test-payout', t.clock.now(), fund.id, 'legal', 2_000));
  await expectError(await reverse(spent.id), 409, 'insufficient_funds');
  assert.equal((await figures(t, treasurer, fund.id)).cash, 1_000);
});

test('the demo has three funds, the legal fund with its $150,000 goal, open to any worker', async () => {
  const demo = await createTestApp();
  try {
    await membersModule.seedDemo?.(demo.ctx);
    await seedDemoFunds(demo.ctx);
    await seedDemoFunds(demo.ctx);
    const { funds } = (await (await demo.call('GET', '/api/funds')).json()) as { funds: (ManagedFund & { demo: boolean })[] };
    assert.deepEqual(
      funds.map((f) => [f.name, f.goalCents, f.demo]),
      [
        ['Legal defense fund', 15_000_000, true],
        ['Rent relief', 4_000_000, true],
        ['Family support', 2_500_000, true],
      ],
    );
    assert.match(funds[0].description, /Open to any worker, union or not\./);
    assert.equal(funds[0].translations.es?.name, 'Fondo de defensa legal');
    assert.ok(funds.every((f) => f.raisedCents > 0));
  } finally {
    await demo.close();
  }
});
