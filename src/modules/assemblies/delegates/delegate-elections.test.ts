import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../../core/clock';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { DelegateBoard, DelegateElection, DelegateElectionList } from './contract';
import {
  electDelegate,
  electionAction,
  electionsPath,
  errorOf,
  type Federation,
  federation,
  type Member,
  ok,
  rank,
  startElection,
} from './test-helpers';

let t: TestApp;
let f: Federation;
let outsider: Member;
before(async () => {
  t = await createTestApp();
  f = await federation(t, 5);
  outsider = await t.signIn({ displayName: 'Not a neighbour' });
});
after(() => t.close());

const parentSeats = (assemblyId: string) =>
  t.db
    .selectFrom('assemblyMember')
    .select(['memberId', 'role', 'delegateId'])
    .where('assemblyId', '=', assemblyId)
    .where('role', '=', 'delegate')
    .execute();

test('a ranked delegate election seats the winner in the parent; the next one replaces them', async () => {
  const [hodan, tou, marisol, grace, sam] = f.neighbours as [Member, Member, Member, Member, Member];
  const notFacilitator = await errorOf(startElection(t, hodan, f.neighbourhood.id, { candidateIds: [hodan.id] }));
  assert.deepEqual([notFacilitator.status, notFacilitator.code], [403, 'not_facilitator']);
  const stranger = await errorOf(startElection(t, f.facilitator, f.neighbourhood.id, { candidateIds: [outsider.id] }));
  assert.deepEqual([stranger.status, stranger.code, stranger.field], [400, 'not_assembly_member', 'candidateIds.0']);
  const noParent = await errorOf(startElection(t, f.organiser, f.citywide.id, { candidateIds: [] }));
  assert.deepEqual([noParent.status, noParent.code], [409, 'no_parent_assembly']);

  const election = await ok<DelegateElection>(
    startElection(t, f.facilitator, f.neighbourhood.id, { candidateIds: [hodan.id, tou.id, marisol.id] }),
    201,
  );
  assert.deepEqual(
    [election.phase, election.seats, election.candidates.map((c) => c.memberId)],
    ['open', 1, [hodan.id, tou.id, marisol.id]],
  );
  const running = await errorOf(startElection(t, f.facilitator, f.neighbourhood.id, { candidateIds: [grace.id] }));
  assert.deepEqual([running.status, running.code], [409, 'delegate_election_running']);

  const outside = await errorOf(
    t.call('POST', `/api/elections/${election.electionId}/ballot`, {
      cookie: outsider.cookie,
      body: { ranking: [election.candidates[0]?.id] },
    }),
  );
  assert.deepEqual([outside.status, outside.code], [403, 'not_eligible']);
  const receipts = [
    await rank(t, hodan, election, [hodan, tou]),
    await rank(t, tou, election, [tou]),
    await rank(t, marisol, election, [marisol, tou]),
    await rank(t, grace, election, [hodan]),
    await rank(t, sam, election, [tou, hodan]),
  ];
  const notYours = await errorOf(electionAction(t, hodan, f.neighbourhood.id, election.electionId, 'close'));
  assert.deepEqual([notYours.status, notYours.code], [403, 'not_facilitator']);
  const closed = await ok<DelegateElection>(electionAction(t, f.facilitator, f.neighbourhood.id, election.electionId, 'close'));
  assert.deepEqual([closed.phase, closed.seated.map((s) => s.id), closed.ballotsCast], ['closed', [tou.id], 5]);

  const [seat] = await t.db.selectFrom('assemblyDelegate').selectAll().where('memberAssemblyId', '=', f.neighbourhood.id).execute();
  assert.deepEqual(
    [seat?.memberId, seat?.parentAssemblyId, seat?.electionId, seat?.endedAt],
    [tou.id, f.citywide.id, election.electionId, null],
  );
  assert.deepEqual(await parentSeats(f.citywide.id), [{ memberId: tou.id, role: 'delegate', delegateId: seat?.id }]);
  const board = await ok<DelegateBoard>(t.call('GET', `/api/assemblies/${f.citywide.id}/delegates`, { cookie: outsider.cookie }));
  assert.deepEqual(
    board.memberAssemblies.map((m) => [m.assembly.id, m.seats, m.delegates.map((d) => d.member.id)]),
    [[f.neighbourhood.id, 1, [tou.id]]],
  );
  const audited = await t.db.selectFrom('auditLog').select('action').where('action', 'like', 'assembly_delegate%').execute();
  assert.ok(audited.some((a) => a.action === 'assembly_delegate.seated'));

  // No delegate route shows a receipt: who voted stays apart from what they voted.
  for (const path of [
    `/api/assemblies/${f.citywide.id}/delegates`,
    `/api/assemblies/${f.neighbourhood.id}/delegates`,
    electionsPath(f.neighbourhood.id),
  ]) {
    const body = await (await t.call('GET', path, { cookie: f.facilitator.cookie })).text();
    assert.deepEqual(
      receipts.filter((r) => body.includes(r)),
      [],
      path,
    );
  }

  const second = await electDelegate(
    t,
    f,
    [tou, grace],
    [
      [hodan, [grace]],
      [grace, [grace]],
      [tou, [tou]],
    ],
  );
  assert.deepEqual(
    second.seated.map((s) => s.id),
    [grace.id],
  );
  const seats = await t.db
    .selectFrom('assemblyDelegate')
    .selectAll()
    .where('memberAssemblyId', '=', f.neighbourhood.id)
    .orderBy('electedAt')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    seats.map((s) => [s.memberId, s.endReason]),
    [
      [tou.id, 'replaced'],
      [grace.id, null],
    ],
  );
  assert.deepEqual(
    (await parentSeats(f.citywide.id)).map((m) => m.memberId),
    [grace.id],
  );
});

test('members stand until voting opens; a facilitator puts members forward and opens voting early', async () => {
  const g = await federation(t, 3);
  const [ana, ben, cai] = g.neighbours as [Member, Member, Member];
  const later = t.clock.now() + 24 * HOUR;
  const noOne = await errorOf(startElection(t, g.facilitator, g.neighbourhood.id, { candidateIds: [] }));
  assert.deepEqual([noOne.status, noOne.code], [400, 'no_candidates']);
  const election = await ok<DelegateElection>(
    startElection(t, g.facilitator, g.neighbourhood.id, { candidateIds: [], opensAt: later }),
    201,
  );
  assert.equal(election.phase, 'upcoming');
  const at = (action: string, who: Member, body?: unknown) => electionAction(t, who, g.neighbourhood.id, election.electionId, action, body);

  await ok(at('candidates', ana, { memberId: ana.id }));
  const pushy = await errorOf(at('candidates', ben, { memberId: cai.id }));
  assert.deepEqual([pushy.status, pushy.code], [403, 'not_facilitator']);
  const stranger = await errorOf(at('candidates', outsider, { memberId: outsider.id }));
  assert.deepEqual([stranger.status, stranger.code], [403, 'not_assembly_member']);
  await ok(at('candidates', g.facilitator, { memberId: cai.id }));
  const twice = await errorOf(at('candidates', ana, { memberId: ana.id }));
  assert.deepEqual([twice.status, twice.code], [409, 'already_candidate']);
  const standing = (await ok<DelegateElectionList>(t.call('GET', electionsPath(g.neighbourhood.id), { cookie: ben.cookie }))).elections[0];
  const early = await errorOf(
    t.call('POST', `/api/elections/${election.electionId}/ballot`, {
      cookie: ben.cookie,
      body: { ranking: [standing?.candidates[0]?.id] },
    }),
  );
  assert.deepEqual([early.status, early.code], [409, 'voting_not_open']);

  const opened = await ok<DelegateElection>(at('open', g.facilitator));
  assert.deepEqual([opened.phase, opened.candidates.map((c) => c.memberId)], ['open', [ana.id, cai.id]]);
  const late = await errorOf(at('candidates', ben, { memberId: ben.id }));
  assert.deepEqual([late.status, late.code], [409, 'voting_started']);
  const list = await ok<DelegateElectionList>(t.call('GET', electionsPath(g.neighbourhood.id), { cookie: ben.cookie }));
  assert.deepEqual([list.manages, list.mayStand, list.parent?.id, list.elections.length], [false, true, g.citywide.id, 1]);
  assert.ok(list.members.some((m) => m.id === ben.id));

  // Nobody votes: closing seats nobody and the old delegates (none here) stay.
  const closed = await ok<DelegateElection>(at('close', g.facilitator));
  assert.deepEqual([closed.phase, closed.seated, closed.seatedAt], ['closed', [], null]);
  assert.deepEqual(await parentSeats(g.citywide.id), []);
});

test('facilitators starting an election at the same moment start one', async () => {
  const g = await federation(t, 2);
  const starts = await Promise.all(
    Array.from({ length: 6 }, () => startElection(t, g.facilitator, g.neighbourhood.id, { candidateIds: [g.neighbours[0]?.id] })),
  );
  assert.deepEqual(starts.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409]);
  assert.equal(
    (await t.db.selectFrom('assemblyDelegateElection').select('id').where('assemblyId', '=', g.neighbourhood.id).execute()).length,
    1,
  );
});
