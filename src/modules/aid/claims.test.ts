import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MINUTE } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { AidTaskDetail } from './contract';
import { expireLapsedClaims } from './lease';
import { file, groceries, importDemoZones, type Member, refusal, step } from './test-helpers';

let t: TestApp;
let operator: Member;
before(async () => {
  t = await createTestApp();
  await importDemoZones(t);
  operator = await t.signIn({ roles: ['dispatcher'], displayName: 'Marisol' });
});
after(() => t.close());

const onBehalf = { householdName: 'Luz' };
const newTask = async () => (await file(t, operator, groceries({ onBehalf }))).request.id;
const volunteers = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => t.signIn({ displayName: `Volunteer ${i}` })));
const claimStates = (requestId: string) =>
  t.db.selectFrom('aidClaim').select(['memberId', 'state']).where('requestId', '=', requestId).execute();
const auditCount = async (action: string, objectId: string) =>
  (await t.db.selectFrom('auditLog').select('id').where('action', '=', action).where('objectId', '=', objectId).execute()).length;

test('20 volunteers claim the same task at once: exactly one holds it, the others are told it was taken', async () => {
  const id = await newTask();
  const crowd = await volunteers(20);
  const results = await Promise.all(crowd.map((v) => t.call('POST', `/api/aid/requests/${id}/claim`, { cookie: v.cookie })));
  const won = results.filter((r) => r.status === 200);
  assert.equal(won.length, 1);
  for (const r of results.filter((r) => r.status !== 200)) assert.deepEqual(await refusal(r), { status: 409, code: 'already_claimed' });
  const winner = (await won[0].json()) as AidTaskDetail;
  assert.equal(winner.state, 'claimed');
  assert.ok(winner.myClaim);
  const claims = await claimStates(id);
  assert.equal(claims.length, 1, 'losers left no claim behind');
  assert.equal(await auditCount('aid_request.claimed', id), 1);
});

test('the database itself refuses a second active claim on a task', async () => {
  const id = await newTask();
  const [a, b] = await volunteers(2);
  await step(t, a, id, 'claim');
  const now = t.clock.now();
  const row = { requestId: id, memberId: b.id, claimedAt: now, leaseExpiresAt: now + MINUTE, confirmedAt: null, endedAt: null };
  await assert.rejects(
    t.db
      .insertInto('aidClaim')
      .values({ ...row, id: t.ctx.ids.next(), state: 'claimed' })
      .execute(),
  );
  await assert.rejects(
    t.db
      .insertInto('aidClaim')
      .values({ ...row, id: t.ctx.ids.next(), state: 'in_progress' })
      .execute(),
  );
  // Ended claims are history: any number of them may sit beside the active one.
  await t.db
    .insertInto('aidClaim')
    .values({ ...row, id: t.ctx.ids.next(), state: 'released' })
    .execute();
  assert.equal((await claimStates(id)).length, 2);
});

test('an unconfirmed claim lapses back to open after the lease; the lapsed holder loses the address', async () => {
  const id = await newTask();
  const [tou, other] = await volunteers(2);
  const claimed = await step(t, tou, id, 'claim');
  assert.equal(claimed.myClaim?.leaseExpiresAt, t.clock.now() + t.config.aidClaimLeaseMinutes * MINUTE);
  assert.equal((await t.call('POST', `/api/aid/requests/${id}/reveal`, { cookie: tou.cookie })).status, 200);

  t.clock.advance(t.config.aidClaimLeaseMinutes * MINUTE - 1);
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${id}/claim`, { cookie: other.cookie })), {
    status: 409,
    code: 'already_claimed',
  });
  t.clock.advance(1);
  const read = (await (await t.call('GET', `/api/aid/requests/${id}`, { cookie: tou.cookie })).json()) as AidTaskDetail;
  assert.deepEqual({ state: read.state, myClaim: read.myClaim, held: read.held }, { state: 'open', myClaim: null, held: false });
  assert.deepEqual(await claimStates(id), [{ memberId: tou.id, state: 'expired' }]);
  assert.equal(await auditCount('aid_request.claim_expired', id), 1);
  for (const path of ['reveal', 'claim/confirm', 'done', 'claim/release'])
    assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${id}/${path}`, { cookie: tou.cookie })), {
      status: 403,
      code: 'not_holder',
    });
  assert.equal(await expireLapsedClaims(t.ctx), 0, 'expired once, audited once');
  assert.equal(await auditCount('aid_request.claim_expired', id), 1);
  await step(t, other, id, 'claim');
});

test('the expiry timer function lapses claims without any read; confirmed claims never lapse', async () => {
  const [lapsing, confirmed] = [await newTask(), await newTask()];
  const [a, b] = await volunteers(2);
  await step(t, a, lapsing, 'claim');
  await step(t, b, confirmed, 'claim');
  const going = await step(t, b, confirmed, 'claim/confirm');
  assert.deepEqual({ state: going.state, lease: going.myClaim?.leaseExpiresAt }, { state: 'in_progress', lease: null });
  t.clock.advance(t.config.aidClaimLeaseMinutes * MINUTE * 10);
  assert.ok((await expireLapsedClaims(t.ctx)) >= 1, 'earlier tests may have left claims to lapse too');
  const rows = await t.db.selectFrom('aidRequest').select(['id', 'state']).where('id', 'in', [lapsing, confirmed]).execute();
  assert.deepEqual(
    new Map(rows.map((r) => [r.id, r.state])),
    new Map([
      [lapsing, 'open'],
      [confirmed, 'in_progress'],
    ]),
  );
});

test('a volunteer holds at most aidMaxOpenClaims tasks, even when claiming several at once', async () => {
  const max = t.config.aidMaxOpenClaims;
  const tasks = await Promise.all(Array.from({ length: max + 3 }, newTask));
  const [busy] = await volunteers(1);
  const results = await Promise.all(tasks.map((id) => t.call('POST', `/api/aid/requests/${id}/claim`, { cookie: busy.cookie })));
  assert.equal(results.filter((r) => r.status === 200).length, max);
  for (const r of results.filter((r) => r.status !== 200)) assert.deepEqual(await refusal(r), { status: 409, code: 'too_many_claims' });
  const held = results.findIndex((r) => r.status === 200);
  await step(t, busy, tasks[held], 'claim/release');
  const free = results.findIndex((r) => r.status !== 200);
  await step(t, busy, tasks[free], 'claim');
});

test('claim → confirm → done; release reopens; only the holder moves it; rent/bills and one’s own request are not claimable', async () => {
  const id = await newTask();
  const [tou, other] = await volunteers(2);
  await step(t, tou, id, 'claim');
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${id}/done`, { cookie: tou.cookie })), {
    status: 409,
    code: 'claim_not_confirmed',
  });
  for (const path of ['claim/confirm', 'done', 'claim/release', 'reveal'])
    assert.equal((await t.call('POST', `/api/aid/requests/${id}/${path}`, { cookie: other.cookie })).status, 403, path);
  await step(t, tou, id, 'claim/confirm');
  const released = await step(t, tou, id, 'claim/release');
  assert.deepEqual({ state: released.state, held: released.held }, { state: 'open', held: false });
  await step(t, other, id, 'claim');
  await step(t, other, id, 'claim/confirm');
  const done = await step(t, other, id, 'done');
  assert.equal(done.state, 'done');
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${id}/claim`, { cookie: tou.cookie })), {
    status: 409,
    code: 'aid_request_closed',
  });
  const history = (await claimStates(id)).map((c) => c.state).sort();
  assert.deepEqual(history, ['done', 'released']);

  const rent = (await file(t, operator, { ...groceries({ onBehalf }), kind: 'rent_bills', amountCents: 50_000 })).request.id;
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${rent}/claim`, { cookie: tou.cookie })), {
    status: 409,
    code: 'not_claimable',
  });
  const own = (await file(t, tou, groceries())).request.id;
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${own}/claim`, { cookie: tou.cookie })), {
    status: 403,
    code: 'own_request',
  });
});
