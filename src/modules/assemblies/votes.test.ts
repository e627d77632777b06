import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Assembly, Proposal } from './contract';
import {
  checkIn,
  closeVote,
  createAssembly,
  errorOf,
  getProposal,
  joined,
  type Member,
  meetingOf,
  ok,
  openVote,
  propose,
  RULES,
  vote,
  voteOk,
} from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'], displayName: 'Organiser' });
});
after(() => t.close());

/** An assembly of the organiser (its facilitator) and five members: six voters. */
async function assemblyOfSix(rules: Partial<typeof RULES> = {}) {
  const assembly = await createAssembly(t, organiser, { rules });
  const members = await joined(t, assembly.id, 5);
  return { assembly, members };
}

test('quorum is counted from check-ins; an open vote passes, votes can change until the close, and the decision is logged', async () => {
  const { assembly, members } = await assemblyOfSix();
  const meeting = await meetingOf(t, organiser, assembly.id);
  assert.deepEqual([meeting.voters, meeting.quorumRequired, meeting.present], [6, 3, 0], 'half of six, rounded up');
  for (const m of members.slice(0, 3)) await checkIn(t, m, meeting.id);
  const proposal = await propose(t, members[0], { assemblyId: assembly.id, meetingId: meeting.id });
  const opened = await openVote(t, organiser, proposal.id);
  assert.deepEqual([opened.status, opened.quorumRequired, opened.present, opened.majority], ['voting', 3, 3, 'simple']);

  await voteOk(t, members[0], proposal.id, 'yes');
  await voteOk(t, members[1], proposal.id, 'no');
  const changed = await voteOk(t, members[1], proposal.id, 'yes');
  assert.equal(changed.receipt, null, 'an open vote has no receipt');
  assert.deepEqual(changed.proposal.mine, { voter: true, choice: 'yes', voted: true, checkedIn: true });
  await voteOk(t, members[2], proposal.id, 'abstain');
  assert.deepEqual((await getProposal(t, members[3], proposal.id)).counts, { yes: 2, no: 0, abstain: 1, block: 0 });

  const decided = await closeVote(t, organiser, proposal.id);
  assert.deepEqual(
    [decided.status, decided.outcome, decided.present, decided.quorumRequired, decided.counts],
    ['decided', 'passed', 3, 3, { yes: 2, no: 0, abstain: 1, block: 0 }],
  );
  assert.equal((await errorOf(vote(t, members[0], proposal.id, 'no'))).code, 'vote_not_open');
  const after = await ok<Assembly>(t.call('GET', `/api/assemblies/${assembly.id}`, { cookie: members[4].cookie }));
  assert.deepEqual(
    after.decisions.map((d) => [d.proposalId, d.outcome, d.meetingId, d.summary]),
    [[proposal.id, 'passed', meeting.id, 'Rent strike in March']],
  );
  assert.deepEqual(after.proposals, [], 'no longer open');
  const audited = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', proposal.id).execute();
  assert.ok(audited.some((a) => a.action === 'assembly_proposal.vote_closed'));
});

test('quorum not met: no outcome but "no quorum", with the counts still shown and logged', async () => {
  const { assembly, members } = await assemblyOfSix();
  const meeting = await meetingOf(t, organiser, assembly.id);
  for (const m of members.slice(0, 2)) await checkIn(t, m, meeting.id);
  const proposal = await propose(t, members[0], { assemblyId: assembly.id, meetingId: meeting.id });
  await openVote(t, organiser, proposal.id);
  for (const m of members.slice(0, 2)) await voteOk(t, m, proposal.id, 'yes');
  const decided = await closeVote(t, organiser, proposal.id);
  assert.deepEqual([decided.outcome, decided.present, decided.quorumRequired, decided.counts?.yes], ['no_quorum', 2, 3, 2]);
  const row = await t.db.selectFrom('assemblyDecision').select('outcome').where('proposalId', '=', proposal.id).executeTakeFirstOrThrow();
  assert.equal(row.outcome, 'no_quorum');
});

test('an online vote counts its distinct voters as present; a count quorum is a number of members', async () => {
  const { assembly, members } = await assemblyOfSix({ quorumKind: 'count', quorumValue: 4 });
  const proposal = await propose(t, members[0], { assemblyId: assembly.id });
  await openVote(t, organiser, proposal.id);
  for (const m of members.slice(0, 3)) await voteOk(t, m, proposal.id, 'yes');
  await voteOk(t, members[0], proposal.id, 'no');
  assert.equal((await getProposal(t, organiser, proposal.id)).present, 3, 'changing one’s vote is still one voter');
  await voteOk(t, members[3], proposal.id, 'no');
  const decided = await closeVote(t, organiser, proposal.id);
  assert.deepEqual([decided.outcome, decided.present, decided.counts?.yes, decided.counts?.no], ['failed', 4, 2, 2], 'a tie fails');
});

test('two thirds and consensus: the server applies the majority the rules name; blocking only under consensus', async () => {
  const third = await assemblyOfSix({ majority: 'two_thirds' });
  const p1 = await propose(t, third.members[0], { assemblyId: third.assembly.id });
  await openVote(t, organiser, p1.id);
  const refused = await errorOf(vote(t, third.members[0], p1.id, 'block'));
  assert.deepEqual([refused.status, refused.code, refused.field], [400, 'block_needs_consensus', 'choice']);
  for (const [i, choice] of ['yes', 'yes', 'no', 'abstain'].entries()) await voteOk(t, third.members[i], p1.id, choice);
  assert.equal((await closeVote(t, organiser, p1.id)).outcome, 'passed', 'two of three, the abstention aside');

  const consensus = await assemblyOfSix({ majority: 'consensus' });
  const p2 = await propose(t, consensus.members[0], { assemblyId: consensus.assembly.id });
  await openVote(t, organiser, p2.id);
  for (const [i, choice] of ['yes', 'yes', 'yes', 'block'].entries()) await voteOk(t, consensus.members[i], p2.id, choice);
  const blocked = await closeVote(t, organiser, p2.id);
  assert.deepEqual([blocked.outcome, blocked.counts?.block], ['blocked', 1]);
});

test('the rules are written on the proposal when its vote opens: changing them later changes nothing', async () => {
  const { assembly, members } = await assemblyOfSix();
  const proposal = await propose(t, members[0], { assemblyId: assembly.id });
  await openVote(t, organiser, proposal.id);
  const edit = {
    name: assembly.name,
    kind: assembly.kind,
    rules: { ...RULES, majority: 'two_thirds', quorumKind: 'count', quorumValue: 6 },
  };
  await ok(t.call('PUT', `/api/assemblies/${assembly.id}`, { cookie: organiser.cookie, body: edit }));
  for (const [i, choice] of ['yes', 'yes', 'no'].entries()) await voteOk(t, members[i], proposal.id, choice);
  const decided = await closeVote(t, organiser, proposal.id);
  assert.deepEqual([decided.majority, decided.quorumRequired, decided.outcome], ['simple', 3, 'passed']);
});

test('at a meeting, voting needs a check-in; only members vote, and in a federation only its delegates', async () => {
  const { assembly, members } = await assemblyOfSix();
  const meeting = await meetingOf(t, organiser, assembly.id);
  const proposal = await propose(t, members[0], { assemblyId: assembly.id, meetingId: meeting.id });
  await openVote(t, organiser, proposal.id);
  assert.deepEqual(await errorOf(vote(t, members[0], proposal.id, 'yes')), { status: 409, code: 'not_checked_in', field: undefined });
  const outsider = await t.signIn();
  assert.equal((await errorOf(vote(t, outsider, proposal.id, 'yes'))).code, 'not_a_voter');

  const federation = await createAssembly(t, organiser, { name: 'Citywide', kind: 'federation' });
  const delegate = await t.signIn({ displayName: 'Delegate' });
  await t.db
    .insertInto('assemblyMember')
    .values({ assemblyId: federation.id, memberId: delegate.id, role: 'delegate', delegateId: null, joinedAt: t.clock.now() })
    .execute();
  const motion = await propose(t, organiser, { assemblyId: federation.id, title: 'A citywide day of action' });
  const opened = await openVote(t, organiser, motion.id);
  assert.equal(opened.quorumRequired, 1, "half of the federation's one delegate");
  assert.equal((await errorOf(vote(t, organiser, motion.id, 'yes'))).code, 'not_a_voter', 'its facilitator does not vote');
  await voteOk(t, delegate, motion.id, 'yes');
  assert.equal((await closeVote(t, organiser, motion.id)).outcome, 'passed');
});

test('a hand count at the meeting closes the vote: never more hands than voters present, and not once votes are in', async () => {
  const { assembly, members } = await assemblyOfSix({ majority: 'consensus' });
  const meeting = await meetingOf(t, organiser, assembly.id);
  for (const m of members.slice(0, 4)) await checkIn(t, m, meeting.id);
  const proposal = await propose(t, members[0], { assemblyId: assembly.id, meetingId: meeting.id });
  await openVote(t, organiser, proposal.id);
  const count = (body: unknown, who = organiser) =>
    t.call('POST', `/api/assemblies/proposals/${proposal.id}/hand-count`, { cookie: who.cookie, body });
  assert.equal((await errorOf(count({ yes: 3, no: 1, abstain: 1 }))).code, 'hand_count_over_present');
  assert.equal((await errorOf(count({ yes: 3, no: 0, abstain: 0 }, members[0]))).code, 'not_facilitator');
  const decided = await ok<Proposal>(count({ yes: 3, no: 0, abstain: 0, block: 1 }));
  assert.deepEqual([decided.outcome, decided.handCount, decided.present, decided.counts?.block], ['blocked', true, 4, 1]);

  const second = await propose(t, members[0], { assemblyId: assembly.id, meetingId: meeting.id });
  await openVote(t, organiser, second.id);
  await voteOk(t, members[0], second.id, 'yes');
  const late = await t.call('POST', `/api/assemblies/proposals/${second.id}/hand-count`, {
    cookie: organiser.cookie,
    body: { yes: 1, no: 0, abstain: 0 },
  });
  assert.equal((await errorOf(late)).code, 'votes_already_cast');

  const online = await propose(t, members[0], { assemblyId: assembly.id });
  await openVote(t, organiser, online.id);
  const noMeeting = await t.call('POST', `/api/assemblies/proposals/${online.id}/hand-count`, {
    cookie: organiser.cookie,
    body: { yes: 1, no: 0, abstain: 0 },
  });
  assert.equal((await errorOf(noMeeting)).code, 'hand_count_needs_meeting');
});

test('a recall that passes ends the delegate’s seat in the parent, in the same transaction as the outcome', async () => {
  const federation = await createAssembly(t, organiser, { name: 'Citywide federation', kind: 'federation' });
  const { assembly, members } = await assemblyOfSix();
  await ok(
    t.call('PUT', `/api/assemblies/${assembly.id}`, {
      cookie: organiser.cookie,
      body: { name: assembly.name, kind: assembly.kind, parentId: federation.id, rules: RULES },
    }),
  );
  const seat = { id: t.ctx.ids.next(), memberAssemblyId: assembly.id, parentAssemblyId: federation.id, memberId: members[4].id };
  await t.db
    .insertInto('assemblyDelegate')
    .values({ ...seat, electionId: null, electedAt: t.clock.now(), endedAt: null, endReason: null, recallProposalId: null })
    .execute();
  await t.db
    .insertInto('assemblyMember')
    .values({ assemblyId: federation.id, memberId: members[4].id, role: 'delegate', delegateId: seat.id, joinedAt: t.clock.now() })
    .execute();

  const unknown = await t.call('POST', '/api/assemblies/proposals', {
    cookie: members[0].cookie,
    body: { assemblyId: assembly.id, kind: 'recall', title: 'Recall', delegateId: 'not-a-seat' },
  });
  assert.deepEqual([(await errorOf(unknown)).code], ['unknown_delegate']);
  const recall = await propose(t, members[0], {
    assemblyId: assembly.id,
    kind: 'recall',
    title: 'Recall our delegate',
    delegateId: seat.id,
  });
  assert.equal(recall.delegate?.name, 'Neighbour 5');
  await openVote(t, organiser, recall.id);
  for (const m of members.slice(0, 3)) await voteOk(t, m, recall.id, 'yes');
  assert.equal((await closeVote(t, organiser, recall.id)).outcome, 'passed');
  const ended = await t.db.selectFrom('assemblyDelegate').selectAll().where('id', '=', seat.id).executeTakeFirstOrThrow();
  assert.deepEqual([ended.endReason, ended.recallProposalId], ['recalled', recall.id]);
  const seated = await t.db
    .selectFrom('assemblyMember')
    .select('memberId')
    .where('assemblyId', '=', federation.id)
    .where('role', '=', 'delegate')
    .execute();
  assert.deepEqual(seated, []);
});

test('votes racing the close: every vote the server accepted is counted, every later one is refused', async () => {
  const assembly = await createAssembly(t, organiser);
  const members = await joined(t, assembly.id, 12, 'Racer');
  const proposal = await propose(t, members[0], { assemblyId: assembly.id });
  await openVote(t, organiser, proposal.id);
  const votes = members.map((m) => vote(t, m, proposal.id, 'yes'));
  const close = t.call('POST', `/api/assemblies/proposals/${proposal.id}/close-vote`, { cookie: organiser.cookie });
  const answers = await Promise.all(votes);
  const decided = await ok<Proposal>(close);
  const accepted = answers.filter((a) => a.status === 200).length;
  for (const refused of answers.filter((a) => a.status !== 200)) assert.equal((await errorOf(refused)).code, 'vote_not_open');
  assert.equal(decided.counts?.yes, accepted);
  assert.equal(decided.present, accepted);
});
