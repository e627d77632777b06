import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOUR } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Proposal } from './contract';
import { createAssembly, errorOf, getProposal, joined, type Member, meetingOf, ok, openVote, propose } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'], displayName: 'Organiser' });
});
after(() => t.close());

const call = (who: Member, method: string, path: string, body?: unknown) =>
  t.call(method, `/api/assemblies${path}`, { cookie: who.cookie, body });

test('who may propose is the rules’ to say; the vote waits for the discussion period', async () => {
  const assembly = await createAssembly(t, organiser, { rules: { proposers: 'facilitators', discussionHours: 48 } });
  const [member] = await joined(t, assembly.id, 1);
  const refused = await call(member, 'POST', '/proposals', { assemblyId: assembly.id, title: 'Paint the hall' });
  assert.deepEqual([(await errorOf(refused)).code], ['proposers_facilitators']);
  const outsider = await t.signIn();
  assert.equal(
    (await errorOf(call(outsider, 'POST', '/proposals', { assemblyId: assembly.id, title: 'Hello' }))).code,
    'not_assembly_member',
  );

  const proposal = await propose(t, organiser, { assemblyId: assembly.id, title: 'Paint the hall' });
  assert.deepEqual([proposal.status, proposal.discussionEndsAt, proposal.quorumRequired], ['discussion', t.clock.now() + 48 * HOUR, 1]);
  assert.equal((await errorOf(call(organiser, 'POST', `/proposals/${proposal.id}/open-vote`))).code, 'discussion_not_over');
  assert.equal((await errorOf(call(member, 'POST', `/proposals/${proposal.id}/vote`, { choice: 'yes' }))).code, 'vote_not_open');
  t.clock.advance(48 * HOUR);
  assert.equal((await errorOf(call(member, 'POST', `/proposals/${proposal.id}/open-vote`))).code, 'not_facilitator');
  assert.equal((await openVote(t, organiser, proposal.id)).status, 'voting');
});

test('members comment and propose amendments; the proposer accepts or rejects them before the vote', async () => {
  const assembly = await createAssembly(t, organiser);
  const [proposer, neighbour] = await joined(t, assembly.id, 2);
  const proposal = await propose(t, proposer, { assemblyId: assembly.id, body: 'We *ask* for a meeting with the landlord.' });
  const comment = (who: Member, body: unknown) => call(who, 'POST', `/proposals/${proposal.id}/comments`, body);
  await ok(comment(neighbour, { body: 'Good idea.' }));
  const amended = await ok<Proposal>(comment(neighbour, { kind: 'amendment', body: 'Add: within two weeks.' }));
  const amendment = amended.comments.find((c) => c.kind === 'amendment');
  assert.deepEqual([amendment?.author?.name, amendment?.amendmentStatus], ['Neighbour 2', 'open']);
  assert.equal((await errorOf(call(neighbour, 'PUT', `/amendments/${amendment?.id}`, { status: 'accepted' }))).code, 'not_facilitator');
  const accepted = await ok<Proposal>(call(proposer, 'PUT', `/amendments/${amendment?.id}`, { status: 'accepted' }));
  assert.equal(accepted.comments.find((c) => c.id === amendment?.id)?.amendmentStatus, 'accepted');
  const outsider = await t.signIn();
  assert.equal((await errorOf(comment(outsider, { body: 'Hi' }))).code, 'not_assembly_member');

  await openVote(t, organiser, proposal.id);
  assert.equal((await errorOf(comment(neighbour, { kind: 'amendment', body: 'Too late?' }))).code, 'proposal_voting');
  await ok(comment(neighbour, { body: 'Comments go on during the vote.' }));
  assert.equal((await errorOf(call(proposer, 'POST', `/proposals/${proposal.id}/withdraw`))).code, 'proposal_voting');
});

test('a proposal is withdrawn by its proposer, or moved to another meeting by a facilitator', async () => {
  const assembly = await createAssembly(t, organiser);
  const [proposer, other] = await joined(t, assembly.id, 2);
  const first = await meetingOf(t, organiser, assembly.id, false);
  const second = await meetingOf(t, organiser, assembly.id, false);
  const proposal = await propose(t, proposer, { assemblyId: assembly.id, meetingId: first.id });
  assert.equal((await errorOf(call(organiser, 'POST', `/proposals/${proposal.id}/open-vote`))).code, 'meeting_not_open');
  assert.equal((await errorOf(call(other, 'PUT', `/proposals/${proposal.id}/meeting`, { meetingId: second.id }))).code, 'not_facilitator');
  const moved = await ok<Proposal>(call(organiser, 'PUT', `/proposals/${proposal.id}/meeting`, { meetingId: second.id }));
  assert.equal(moved.meeting?.id, second.id);
  const foreign = await meetingOf(t, organiser, (await createAssembly(t, organiser)).id, false);
  const wrong = await errorOf(call(organiser, 'PUT', `/proposals/${proposal.id}/meeting`, { meetingId: foreign.id }));
  assert.deepEqual([wrong.code, wrong.field], ['unknown_meeting', 'meetingId']);

  assert.equal((await errorOf(call(other, 'POST', `/proposals/${proposal.id}/withdraw`))).code, 'not_facilitator');
  const withdrawn = await ok<Proposal>(call(proposer, 'POST', `/proposals/${proposal.id}/withdraw`));
  assert.equal(withdrawn.status, 'withdrawn');
  assert.equal((await errorOf(call(organiser, 'POST', `/proposals/${proposal.id}/open-vote`))).code, 'proposal_withdrawn');
  assert.equal((await getProposal(t, other, proposal.id)).status, 'withdrawn');
});
