import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY, HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { AidTaskDetail, FiledRequest, Receipt } from './contract';
import { file, groceries, importDemoZones, type Member, refusal, step } from './test-helpers';

let t: TestApp;
let operator: Member;
let zones: Awaited<ReturnType<typeof importDemoZones>>;
before(async () => {
  t = await createTestApp();
  zones = await importDemoZones(t);
  operator = await t.signIn({ roles: ['dispatcher'], displayName: 'Marisol' });
});
after(() => t.close());

const onBehalf = { householdName: 'Luz' };
const post = (as: Member | null, body: unknown) => t.call('POST', '/api/aid/requests', { cookie: as?.cookie, body });
const receipt = async (token: string, confirm = false) =>
  t.call('POST', `/api/aid/receipt${confirm ? '/confirm' : ''}`, { body: { token } });

test('a request gets its zone and ~500 m cell from the point; a zone alone has no cell; bad input names the field', async () => {
  const member = await t.signIn();
  const own = await file(t, member, groceries());
  assert.deepEqual(
    { zone: own.request.zone.id, receipt: own.receiptToken, cell: own.request.cell?.length },
    { zone: zones.powderhorn, receipt: null, cell: 15 },
  );
  const zoneOnly = await file(t, member, groceries({ point: undefined, zoneId: zones.central }));
  assert.deepEqual({ zone: zoneOnly.request.zone.name, cell: zoneOnly.request.cell }, { zone: 'Central', cell: null });

  const now = t.clock.now();
  const cases: [unknown, number, string, string?][] = [
    [groceries({ address: undefined }), 400, 'address_required', 'address'],
    [{ ...groceries(), kind: 'translation', address: undefined }, 400, 'translation_language_required', 'translationLanguage'],
    [groceries({ neededBy: now - 1 }), 400, 'needed_by_past', 'neededBy'],
    [groceries({ neededFrom: now + 2 * HOUR, neededBy: now + HOUR }), 400, 'needed_by_before_from', 'neededBy'],
    [groceries({ point: undefined }), 400, 'aid_place_required', 'zoneId'],
    [groceries({ point: undefined, zoneId: 'no-such-zone' }), 400, 'unknown_zone', 'zoneId'],
    [groceries({ point: { lat: 0, lng: 0 } }), 400, 'outside_network', 'point'],
    [groceries({ languages: [] }), 400, 'invalid_input', 'languages'],
    [groceries({ onBehalf }), 403, 'on_behalf_not_allowed'],
  ];
  for (const [body, status, code, field] of cases) {
    const res = await post(member, body);
    const error = ((await res.json()) as { error: { code: string; field?: string } }).error;
    assert.deepEqual({ status: res.status, code: error.code, field: error.field }, { status, code, field }, code);
  }
  assert.equal((await post(await t.signIn({ trusted: false }), groceries())).status, 403, 'vouched members only');
});

test('on behalf: the receipt link (only its hash stored) shows the state in the household’s language; they confirm without an account', async () => {
  const filed = await file(t, operator, groceries({ onBehalf, languages: ['kar', 'es'] }));
  const token = filed.receiptToken ?? '';
  assert.ok(token.length >= 40);
  const stored = JSON.stringify(await t.db.selectFrom('aidRequest').selectAll().execute());
  assert.ok(!stored.includes(token), 'the secret itself is never stored');

  assert.deepEqual(await (await receipt(token)).json(), {
    kind: 'groceries',
    state: 'open',
    confirmed: false,
    language: 'es',
    neededBy: null,
  } satisfies Receipt);
  assert.deepEqual(await refusal(await receipt(token, true)), { status: 409, code: 'nothing_to_confirm' });
  assert.deepEqual(await refusal(await receipt('x'.repeat(43))), { status: 404, code: 'not_found' });

  const tou = await t.signIn({ displayName: 'Tou' });
  await step(t, tou, filed.request.id, 'claim');
  await step(t, tou, filed.request.id, 'claim/confirm');
  await step(t, tou, filed.request.id, 'done');
  const confirmed = (await (await receipt(token, true)).json()) as Receipt;
  assert.deepEqual({ state: confirmed.state, confirmed: confirmed.confirmed }, { state: 'done', confirmed: true });
  const row = await t.db
    .selectFrom('aidRequest')
    .select(['confirmedBy', 'closedAt'])
    .where('id', '=', filed.request.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { confirmedBy: 'household', closedAt: t.clock.now() });
  const entry = await t.db
    .selectFrom('auditLog')
    .select('memberId')
    .where('action', '=', 'aid_request.receipt_confirmed')
    .where('objectId', '=', filed.request.id)
    .executeTakeFirstOrThrow();
  assert.equal(entry.memberId, null, 'the household has no account');
  assert.equal((await receipt(token, true)).status, 200, 'confirming twice is harmless');

  const renewed = (await (
    await t.call('POST', `/api/aid/requests/${filed.request.id}/receipt-link`, { cookie: operator.cookie })
  ).json()) as { receiptToken: string };
  assert.equal((await receipt(token)).status, 404, 'the old link stops working');
  assert.equal((await receipt(renewed.receiptToken)).status, 200);
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${filed.request.id}/receipt-link`, { cookie: tou.cookie })), {
    status: 403,
    code: 'not_filer',
  });
});

test('the household’s word completes a task a volunteer forgot to mark done; the filer may confirm for them after a call', async () => {
  const tou = await t.signIn();
  const a = await file(t, operator, groceries({ onBehalf }));
  await step(t, tou, a.request.id, 'claim');
  await receipt(a.receiptToken ?? '', true);
  const claim = await t.db.selectFrom('aidClaim').select('state').where('requestId', '=', a.request.id).executeTakeFirstOrThrow();
  assert.equal(claim.state, 'done');

  const b = await file(t, operator, groceries({ onBehalf }));
  await step(t, tou, b.request.id, 'claim');
  await step(t, tou, b.request.id, 'claim/confirm');
  await step(t, tou, b.request.id, 'done');
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${b.request.id}/confirm-receipt`, { cookie: tou.cookie })), {
    status: 403,
    code: 'not_filer',
  });
  const byFiler = await step(t, operator, b.request.id, 'confirm-receipt');
  assert.deepEqual({ confirmed: byFiler.confirmed, by: byFiler.filed?.confirmedBy }, { confirmed: true, by: 'filer' });
  const entry = await t.db
    .selectFrom('auditLog')
    .select('memberId')
    .where('action', '=', 'aid_request.receipt_confirmed_by_filer')
    .where('objectId', '=', b.request.id)
    .executeTakeFirstOrThrow();
  assert.equal(entry.memberId, operator.id);
});

test('the filer or an organiser cancels; the holder’s claim ends; others may not; “filed” lists the filer’s own', async () => {
  const tou = await t.signIn();
  const stranger = await t.signIn({ roles: ['dispatcher'] });
  const organiser = await t.signIn({ roles: ['organiser'] });
  const a = await file(t, operator, groceries({ onBehalf }));
  const b = await file(t, operator, groceries({ onBehalf: { householdName: 'Kou' } }));
  await step(t, tou, a.request.id, 'claim');
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${a.request.id}/cancel`, { cookie: stranger.cookie })), {
    status: 403,
    code: 'not_filer',
  });
  const cancelled = await step(t, operator, a.request.id, 'cancel');
  assert.deepEqual({ state: cancelled.state, canCancel: cancelled.canCancel }, { state: 'cancelled', canCancel: false });
  const claim = await t.db.selectFrom('aidClaim').select('state').where('requestId', '=', a.request.id).executeTakeFirstOrThrow();
  assert.equal(claim.state, 'cancelled');
  assert.equal((await t.call('POST', `/api/aid/requests/${a.request.id}/reveal`, { cookie: tou.cookie })).status, 403);
  assert.deepEqual(await refusal(await t.call('POST', `/api/aid/requests/${a.request.id}/cancel`, { cookie: operator.cookie })), {
    status: 409,
    code: 'aid_request_closed',
  });
  assert.equal((await step(t, organiser, b.request.id, 'cancel')).state, 'cancelled');

  const mine = (await (await t.call('GET', '/api/aid/filed', { cookie: operator.cookie })).json()) as { requests: FiledRequest[] };
  const names = mine.requests.filter((r) => [a.request.id, b.request.id].includes(r.id)).map((r) => r.householdName);
  assert.deepEqual(names, ['Kou', 'Luz'], 'newest first, with the names the filer gave');
  const theirs = (await (await t.call('GET', '/api/aid/filed', { cookie: stranger.cookie })).json()) as { requests: FiledRequest[] };
  assert.deepEqual(theirs.requests, []);
});

test('the list filters by the volunteer’s zones, skills and vehicle unless they ask for all; soonest needed first', async () => {
  const now = t.clock.now();
  const lateGroceries = await file(t, operator, groceries({ onBehalf, neededBy: now + 3 * DAY }));
  const soonGroceries = await file(t, operator, groceries({ onBehalf, neededBy: now + DAY }));
  const ride = await file(t, operator, { ...groceries({ onBehalf }), kind: 'ride' });
  const somali = await file(t, operator, {
    ...groceries({ onBehalf, address: undefined }),
    kind: 'translation',
    translationLanguage: 'so',
  });
  const cedar = await file(t, operator, groceries({ onBehalf, point: undefined, zoneId: zones.cedar }));
  const ids = [lateGroceries, soonGroceries, ride, somali, cedar].map((f) => f.request.id);
  const volunteer = await t.signIn();
  const listed = async (query = '') => {
    const body = (await (await t.call('GET', `/api/aid/requests${query}`, { cookie: volunteer.cookie })).json()) as {
      requests: AidTaskDetail[];
      filtered: boolean;
    };
    return { ids: body.requests.map((r) => r.id).filter((id) => ids.includes(id)), filtered: body.filtered };
  };
  assert.deepEqual(await listed(), { ids: [soonGroceries, lateGroceries, ride, somali, cedar].map((f) => f.request.id), filtered: false });

  const profile = { zoneIds: [zones.powderhorn], skills: ['shopping', 'driving', 'translation'], languages: ['hmn'], vehicle: 'bike' };
  assert.equal((await t.call('PUT', '/api/aid/volunteer', { cookie: volunteer.cookie, body: profile })).status, 200);
  assert.deepEqual(await listed(), { ids: [soonGroceries.request.id, lateGroceries.request.id], filtered: true });
  await t.call('PUT', '/api/aid/volunteer', { cookie: volunteer.cookie, body: { ...profile, vehicle: 'car', languages: ['so'] } });
  assert.deepEqual(
    (await listed()).ids,
    [soonGroceries, lateGroceries, ride, somali].map((f) => f.request.id),
  );
  assert.equal((await listed('?scope=all')).ids.length, 5);
  const bad = await t.call('PUT', '/api/aid/volunteer', { cookie: volunteer.cookie, body: { ...profile, zoneIds: ['nowhere'] } });
  assert.deepEqual(await refusal(bad), { status: 400, code: 'unknown_zone' });
});

test('a family case’s requests are listed for its assigned caseworkers only', async () => {
  const grace = await t.signIn({ roles: ['caseworker'], displayName: 'Grace' });
  const other = await t.signIn({ roles: ['caseworker'] });
  const opened = await t.call('POST', '/api/cases', {
    cookie: grace.cookie,
    body: { label: 'Household at Cedar 3', contact: '612-555-0134' },
  });
  assert.equal(opened.status, 201, await opened.clone().text());
  const caseId = ((await opened.json()) as { id: string }).id;
  assert.deepEqual(await refusal(await post(operator, groceries({ onBehalf: { ...onBehalf, caseId } }))), {
    status: 403,
    code: 'not_assigned',
  });
  const linked = await file(t, grace, groceries({ onBehalf: { ...onBehalf, caseId } }));
  await file(t, grace, groceries({ onBehalf }));
  const list = await t.call('GET', `/api/aid/requests?caseId=${caseId}`, { cookie: grace.cookie });
  assert.deepEqual(
    ((await list.json()) as { requests: AidTaskDetail[] }).requests.map((r) => r.id),
    [linked.request.id],
  );
  assert.deepEqual(await refusal(await t.call('GET', `/api/aid/requests?caseId=${caseId}`, { cookie: other.cookie })), {
    status: 403,
    code: 'not_assigned',
  });
  assert.equal((await t.call('GET', '/api/aid/requests?caseId=nope', { cookie: grace.cookie })).status, 404);
});
