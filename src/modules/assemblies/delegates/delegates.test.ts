import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test-support/test-app';
import type { Proposal } from '../contract';
import { closeVote, openVote, propose, voteOk } from '../test-helpers';
import type { Delegate, DelegateBoard, DelegateReport } from './contract';
import { electDelegate, errorOf, type Federation, federation, type Member, ok } from './test-helpers';

let t: TestApp;
let f: Federation;
let delegate: Member;
let delegateId: string;
let citywideProposal: Proposal;
before(async () => {
  t = await createTestApp();
  f = await federation(t, 4);
  delegate = f.neighbours[0] as Member;
  await electDelegate(t, f, [delegate], [[f.facilitator, [delegate]]]);
  delegateId = (await t.db.selectFrom('assemblyDelegate').select('id').where('memberId', '=', delegate.id).executeTakeFirstOrThrow()).id;
  citywideProposal = await propose(t, f.organiser, { assemblyId: f.citywide.id, title: 'A citywide day of action on 1 May' });
});
after(() => t.close());

const board = (assemblyId: string, who: Member) =>
  ok<DelegateBoard>(t.call('GET', `/api/assemblies/${assemblyId}/delegates`, { cookie: who.cookie }));
const mandate = (who: Member, proposalId: string, body: unknown) =>
  t.call('PUT', `/api/delegates/${delegateId}/mandates/${proposalId}`, { cookie: who.cookie, body });

test("the member assembly's facilitators give their delegate mandates on the parent's proposals", async () => {
  const other = f.neighbours[1] as Member;
  const refused = await errorOf(mandate(other, citywideProposal.id, { instruction: 'no' }));
  assert.deepEqual([refused.status, refused.code], [403, 'not_facilitator']);
  const local = await propose(t, other, { assemblyId: f.neighbourhood.id, title: 'A local matter' });
  const wrong = await errorOf(mandate(f.facilitator, local.id, { instruction: 'yes' }));
  assert.deepEqual([wrong.status, wrong.code, wrong.field], [400, 'unknown_proposal', 'proposalId']);
  assert.equal((await mandate(f.facilitator, citywideProposal.id, { instruction: 'maybe' })).status, 400);

  await ok<Delegate>(mandate(f.facilitator, citywideProposal.id, { instruction: 'no', note: 'Not without the unions' }));
  const set = await ok<Delegate>(mandate(f.facilitator, citywideProposal.id, { instruction: 'yes', note: 'Only with interpreters' }));
  assert.deepEqual(
    set.mandates.map((m) => [m.proposal.id, m.instruction, m.note]),
    [[citywideProposal.id, 'yes', 'Only with interpreters']],
  );
  assert.equal((await t.db.selectFrom('assemblyMandate').select('id').execute()).length, 1, 'set again, replaced');

  const parent = await board(f.citywide.id, other);
  const [seat] = parent.memberAssemblies[0]?.delegates ?? [];
  assert.deepEqual([seat?.member.id, seat?.mandates[0]?.instruction, seat?.mayInstruct, seat?.isMe], [delegate.id, 'yes', false, false]);
  assert.deepEqual(
    parent.openProposals.map((p) => p.id),
    [citywideProposal.id],
  );
  const ours = await board(f.neighbourhood.id, f.facilitator);
  assert.deepEqual([ours.ours[0]?.id, ours.ours[0]?.mayInstruct, ours.parent?.id], [delegateId, true, f.citywide.id]);
  assert.deepEqual(
    ours.parentOpenProposals.map((p) => p.id),
    [citywideProposal.id],
  );
});

test('the delegate reports back to their assembly; nobody else reports for them', async () => {
  const post = (who: Member, body: unknown) => t.call('POST', `/api/delegates/${delegateId}/reports`, { cookie: who.cookie, body });
  const other = await errorOf(post(f.facilitator, { body: 'I am not the delegate' }));
  assert.deepEqual([other.status, other.code], [403, 'not_the_delegate']);
  assert.equal((await post(delegate, { body: '   ' })).status, 400);
  const report = await ok<DelegateReport>(post(delegate, { body: '# Citywide, 3 May\n\nWe voted **yes** on the day of action.' }), 201);
  const seen = await board(f.neighbourhood.id, f.neighbours[2] as Member);
  assert.deepEqual(seen.ours[0]?.latestReport, report);
  assert.equal(seen.ours[0]?.mayProposeRecall, true, 'a member of the assembly that elected them may propose a recall');
  const outsider = await t.signIn({ displayName: 'Not in the neighbourhood' });
  assert.equal((await board(f.citywide.id, outsider)).memberAssemblies[0]?.delegates[0]?.mayProposeRecall, false);
  assert.equal((await board(f.citywide.id, delegate)).memberAssemblies[0]?.delegates[0]?.isMe, true);
  const list = await ok<{ reports: DelegateReport[] }>(
    t.call('GET', `/api/delegates/${delegateId}/reports`, { cookie: f.organiser.cookie }),
  );
  assert.deepEqual(list.reports, [report]);
});

test('a recall the member assembly passes removes the delegate from the parent and its board', async () => {
  const [, ...voters] = f.neighbours as Member[];
  const recall = await propose(t, voters[0] as Member, {
    assemblyId: f.neighbourhood.id,
    kind: 'recall',
    delegateId,
    title: 'Recall our delegate',
  });
  await openVote(t, f.facilitator, recall.id);
  for (const voter of [f.facilitator, ...voters]) await voteOk(t, voter, recall.id, 'yes');
  const decided = await closeVote(t, f.facilitator, recall.id);
  assert.equal(decided.outcome, 'passed');

  const seat = await t.db.selectFrom('assemblyDelegate').selectAll().where('id', '=', delegateId).executeTakeFirstOrThrow();
  assert.deepEqual([seat.endReason, seat.recallProposalId, seat.endedAt !== null], ['recalled', recall.id, true]);
  const inParent = await t.db
    .selectFrom('assemblyMember')
    .select('role')
    .where('assemblyId', '=', f.citywide.id)
    .where('memberId', '=', delegate.id)
    .execute();
  assert.deepEqual(inParent, []);
  const parent = await board(f.citywide.id, f.organiser);
  assert.deepEqual(parent.memberAssemblies[0]?.delegates, []);
  assert.deepEqual(
    parent.ended.map((d) => [d.member.id, d.endReason, d.mayInstruct]),
    [[delegate.id, 'recalled', false]],
  );
  const gone = await errorOf(mandate(f.facilitator, citywideProposal.id, { instruction: 'no' }));
  assert.deepEqual([gone.status, gone.code], [409, 'delegate_ended']);
  const audit = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', delegateId).execute();
  assert.ok(audit.some((a) => a.action === 'assembly_delegate.recalled'));
});
