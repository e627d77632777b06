import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { DAY, MINUTE } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { confirmedReport } from '../reports/test-helpers';
import type { Board, ChecklistEntry } from './contract';
import { dispatchRetention } from './retention';
import { offerOf, resetDispatch, responderOnDuty, trainAsResponder, zonesAround } from './test-helpers';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
afterEach(() => resetDispatch(t));
after(() => t.close());

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; field?: string } }).error;

test('a responder sets and clears the zones they are on duty for; unknown zones change nothing', async () => {
  const { zoneId, neighbourId } = await zonesAround(t, 'powderhorn-park');
  const responder = await t.signIn({ roles: ['responder'] });
  await trainAsResponder(t, responder.id);
  const member = await t.signIn({ roles: ['member'] });
  const duty = async () =>
    (await (await t.call('GET', '/api/dispatch/duty', { cookie: responder.cookie })).json()) as { zoneIds: string[] };
  assert.deepEqual(await duty(), { zoneIds: [] });
  await t.call('PUT', '/api/dispatch/duty', { cookie: responder.cookie, body: { zoneIds: [zoneId, zoneId] } });
  const since = t.clock.now();
  t.clock.advance(MINUTE);
  const res = await t.call('PUT', '/api/dispatch/duty', { cookie: responder.cookie, body: { zoneIds: [neighbourId, zoneId] } });
  assert.deepEqual(await res.json(), { zoneIds: [neighbourId, zoneId].sort() });
  const rows = await t.db.selectFrom('responderDuty').selectAll().where('memberId', '=', responder.id).execute();
  assert.equal(rows.find((r) => r.zoneId === zoneId)?.since, since, 'staying on duty keeps the time it began');

  const unknown = await t.call('PUT', '/api/dispatch/duty', { cookie: responder.cookie, body: { zoneIds: ['no-such-zone'] } });
  assert.equal(unknown.status, 400);
  assert.deepEqual(await errorOf(unknown), { code: 'unknown_zone', field: 'zoneIds', message: 'zoneIds: there is no zone "no-such-zone"' });
  assert.equal((await duty()).zoneIds.length, 2);
  assert.equal((await t.call('PUT', '/api/dispatch/duty', { cookie: member.cookie, body: { zoneIds: [zoneId] } })).status, 403);
  await t.call('PUT', '/api/dispatch/duty', { cookie: responder.cookie, body: { zoneIds: [] } });
  assert.deepEqual(await duty(), { zoneIds: [] });
});

test('going on duty needs a valid legal observer or know-your-rights qualification; going off duty never does', async () => {
  const { zoneId } = await zonesAround(t, 'powderhorn-park');
  const untrained = await t.signIn({ roles: ['responder'] });
  const goOnDuty = (who: { cookie: string }, zoneIds: string[]) =>
    t.call('PUT', '/api/dispatch/duty', { cookie: who.cookie, body: { zoneIds } });
  const onDuty = async (memberId: string) =>
    (await t.db.selectFrom('responderDuty').select('zoneId').where('memberId', '=', memberId).execute()).length;

  const refused = await goOnDuty(untrained, [zoneId]);
  assert.equal(refused.status, 403);
  assert.deepEqual(
    { ...(await errorOf(refused)), message: undefined },
    { code: 'qualification_required', field: 'zoneIds', message: undefined },
  );
  assert.equal(await onDuty(untrained.id), 0, 'a refusal writes nothing');

  const lapsing = await t.signIn({ roles: ['responder'] });
  await trainAsResponder(t, lapsing.id, t.clock.now() + DAY);
  assert.equal((await goOnDuty(lapsing, [zoneId])).status, 200);
  t.clock.advance(2 * DAY);
  const lapsed = await goOnDuty(lapsing, [zoneId]);
  assert.equal((await errorOf(lapsed)).code, 'qualification_expired');
  assert.equal(await onDuty(lapsing.id), 1, 'the refused change leaves the zones as they were');
  assert.equal((await goOnDuty(lapsing, [])).status, 200, 'off duty, whatever the qualification');
  assert.equal(await onDuty(lapsing.id), 0);
});

test('the checklist on scene records agency and vehicle markings, refuses any other field, and shows on the incident', async () => {
  const { zoneId } = await zonesAround(t, 'seward');
  const responder = await responderOnDuty(t, [zoneId], 'Observer Seven');
  const { id } = await confirmedReport(t, { slug: 'seward' });
  const offer = await offerOf(t, id, responder.id);
  const url = `/api/dispatch/offers/${offer.id}/checklist`;
  const entry = {
    observedAt: t.clock.now(),
    whatSeen: 'Two people detained at the bus stop and put in a van',
    agencyMarkings: 'Vests marked POLICE ICE',
    vehicleMarkings: 'Grey Ford van, Minnesota plate ABC 123',
    peopleCount: 6,
    notes: 'Left towards Franklin Avenue',
  };
  const send = (body: unknown) => t.call('POST', url, { cookie: responder.cookie, body });

  const notThere = await send(entry);
  assert.equal(notThere.status, 409);
  assert.equal((await errorOf(notThere)).code, 'not_on_scene');
  await t.call('POST', `/api/dispatch/offers/${offer.id}/accept`, { cookie: responder.cookie, body: { etaMinutes: 3 } });
  await t.call('POST', `/api/dispatch/offers/${offer.id}/on-scene`, { cookie: responder.cookie });

  for (const extra of [{ badgeNumber: '1234' }, { officerName: 'Smith' }, { agentIdentity: 'x' }]) {
    const res = await send({ ...entry, ...extra });
    assert.equal(res.status, 400, JSON.stringify(extra));
    assert.equal((await errorOf(res)).code, 'invalid_input');
  }
  const future = await send({ ...entry, observedAt: t.clock.now() + 10 * MINUTE });
  assert.deepEqual(await errorOf(future), {
    code: 'observed_in_future',
    field: 'observedAt',
    message: 'The time observed is in the future.',
  });
  assert.equal((await send({ ...entry, whatSeen: '  ' })).status, 400);
  assert.equal(
    await t.db
      .selectFrom('dispatchChecklist')
      .selectAll()
      .execute()
      .then((r) => r.length),
    0,
    'nothing half-written',
  );

  const other = await responderOnDuty(t, [zoneId]);
  assert.equal((await t.call('POST', url, { cookie: other.cookie, body: entry })).status, 403);

  const saved = await send(entry);
  assert.equal(saved.status, 201);
  const { id: entryId, createdAt, by, ...fields } = (await saved.json()) as ChecklistEntry;
  assert.deepEqual(fields, entry);
  assert.equal(by, '', 'a responder is not shown names');
  const minimal = await send({ observedAt: t.clock.now(), whatSeen: 'They left' });
  assert.equal(minimal.status, 201);

  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const card = (await (await t.call('GET', '/api/dispatch/board', { cookie: dispatcher.cookie })).json()) as Board;
  const incident = card.incidents.find((i) => i.reportId === id);
  assert.deepEqual(
    incident?.checklist.map((c) => [c.whatSeen, c.by]),
    [
      [entry.whatSeen, 'Observer Seven'],
      ['They left', 'Observer Seven'],
    ],
  );
  const mine = (await (await t.call('GET', '/api/dispatch/offers', { cookie: responder.cookie })).json()) as {
    offers: { checklist: ChecklistEntry[] }[];
  };
  assert.equal(mine.offers[0].checklist.length, 2);
});

test('the board shows each open incident with zone, time, its responders by pseudonym, their states and ETAs', async () => {
  const { zoneId } = await zonesAround(t, 'whittier');
  const a = await responderOnDuty(t, [zoneId], 'Kestrel');
  const b = await responderOnDuty(t, [zoneId], 'Heron');
  const { id } = await confirmedReport(t, { slug: 'whittier' });
  const offerA = await offerOf(t, id, a.id);
  await t.call('POST', `/api/dispatch/offers/${offerA.id}/accept`, { cookie: a.cookie, body: { etaMinutes: 7 } });
  const offerB = await offerOf(t, id, b.id);
  await t.call('POST', `/api/dispatch/offers/${offerB.id}/decline`, { cookie: b.cookie });

  const verifier = await t.signIn({ roles: ['verifier'] });
  const res = await t.call('GET', '/api/dispatch/board', { cookie: verifier.cookie });
  assert.equal(res.status, 200);
  const { incidents } = (await res.json()) as Board;
  assert.equal(incidents.length, 1, 'closed incidents of earlier tests are not on the board');
  const [card] = incidents;
  assert.equal(card.reportId, id);
  assert.equal(card.incident.zoneName, 'Whittier');
  assert.equal(card.incident.confirmedAt, t.clock.now());
  assert.equal(card.widenedAt, null);
  assert.deepEqual(card.responders.map((r) => [r.label, r.state, r.etaMinutes]).sort(), [
    ['Heron', 'declined', null],
    ['Kestrel', 'accepted', 7],
  ]);
  for (const role of ['responder', 'member'] as const) {
    const who = await t.signIn({ roles: [role] });
    assert.equal((await t.call('GET', '/api/dispatch/board', { cookie: who.cookie })).status, 403, role);
  }
});

test('retention: dispatch records go a set number of days after their incident closed, and nothing else goes', async () => {
  assert.ok(
    retentionRules.some((r) => r.kind === 'dispatch'),
    'the server runs the dispatch rule',
  );
  const { zoneId } = await zonesAround(t, 'longfellow');
  const responder = await responderOnDuty(t, [zoneId]);
  const dispatcher = await t.signIn({ roles: ['dispatcher'] });
  const onScene = async (reportId: string) => {
    const offer = await offerOf(t, reportId, responder.id);
    await t.call('POST', `/api/dispatch/offers/${offer.id}/accept`, { cookie: responder.cookie, body: { etaMinutes: 3 } });
    await t.call('POST', `/api/dispatch/offers/${offer.id}/on-scene`, { cookie: responder.cookie });
    await t.call('POST', `/api/dispatch/offers/${offer.id}/checklist`, {
      cookie: responder.cookie,
      body: { observedAt: t.clock.now(), whatSeen: 'Van at the corner' },
    });
  };
  const close = (reportId: string) => t.call('POST', `/api/reports/${reportId}/close`, { cookie: dispatcher.cookie });

  const old = await confirmedReport(t, { slug: 'longfellow' });
  await onScene(old.id);
  await close(old.id);
  // Closed as long ago, but this node missed the close event: the incident's own close time counts.
  const missed = await confirmedReport(t, { slug: 'longfellow' });
  await close(missed.id);
  await t.db.updateTable('dispatchCase').set({ closedAt: null }).where('reportId', '=', missed.id).execute();
  t.clock.advance(20 * DAY);
  const recent = await confirmedReport(t, { slug: 'longfellow' });
  await onScene(recent.id);
  await close(recent.id);
  const open = await confirmedReport(t, { slug: 'longfellow' });
  await onScene(open.id);
  t.clock.advance(11 * DAY);

  const casesBefore = (await t.db.selectFrom('dispatchCase').select('reportId').execute()).length;
  const [result] = await purgeExpired(t.db, dispatchRetention, t.config, t.clock.now());
  const remaining = async (table: 'dispatchCase' | 'dispatchOffer' | 'dispatchChecklist') =>
    new Set((await t.db.selectFrom(table).select('reportId').execute()).map((r) => r.reportId));
  // Earlier tests' incidents closed more than 30 days ago too: only the two from the last 30 days remain.
  assert.deepEqual([...(await remaining('dispatchCase'))].sort(), [recent.id, open.id].sort());
  assert.deepEqual(result, { kind: 'dispatch', days: 30, deleted: casesBefore - 2 });
  for (const table of ['dispatchCase', 'dispatchOffer', 'dispatchChecklist'] as const) {
    const ids = await remaining(table);
    assert.ok(!ids.has(old.id) && !ids.has(missed.id), `${table}: the old incidents' rows are gone`);
  }
  assert.ok((await remaining('dispatchChecklist')).has(recent.id), 'closed 11 days ago: kept');
  assert.ok((await remaining('dispatchChecklist')).has(open.id), 'still open: kept');
  const reports = await t.db.selectFrom('report').select('id').where('id', 'in', [old.id, missed.id]).execute();
  assert.equal(reports.length, 2, 'the dispatch rule leaves reports to their own rule');
  assert.ok((await t.db.selectFrom('responderDuty').selectAll().execute()).length > 0, 'duty is not purged');

  // When the report itself goes, its dispatch goes with it.
  await t.db.deleteFrom('report').where('id', '=', recent.id).execute();
  assert.ok(!(await remaining('dispatchOffer')).has(recent.id));
  assert.ok(!(await remaining('dispatchChecklist')).has(recent.id));
});
