import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Meeting } from './contract';
import { checkIn, createAssembly, errorOf, joined, type Member, meetingOf, ok, openVote, propose } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'], displayName: 'Organiser' });
});
after(() => t.close());

const call = (who: Member, method: string, path: string, body?: unknown) =>
  t.call(method, `/api/assemblies${path}`, { cookie: who.cookie, body });

test('members check themselves in while the meeting is open; facilitators check others in and alone see who came', async () => {
  const assembly = await createAssembly(t, organiser);
  const [amina, bao, chidi] = await joined(t, assembly.id, 3);
  const meeting = await meetingOf(t, organiser, assembly.id, false);
  assert.deepEqual([meeting.status, meeting.agenda.map((a) => a.title)], ['scheduled', ['Welcome']]);
  assert.equal((await errorOf(call(amina, 'POST', `/meetings/${meeting.id}/check-in`, {}))).code, 'meeting_not_open');
  assert.equal((await errorOf(call(amina, 'POST', `/meetings/${meeting.id}/open`))).code, 'not_facilitator');
  await ok(call(organiser, 'POST', `/meetings/${meeting.id}/open`));

  const mine = await checkIn(t, amina, meeting.id);
  assert.deepEqual([mine.present, mine.quorumRequired, mine.mine.checkedIn, mine.attendance], [1, 2, true, null]);
  await checkIn(t, amina, meeting.id);
  const byFacilitator = await ok<Meeting>(call(organiser, 'POST', `/meetings/${meeting.id}/check-in`, { memberId: bao.id }));
  assert.deepEqual(
    byFacilitator.attendance?.map((a) => a.name),
    ['Neighbour 1', 'Neighbour 2'],
  );
  assert.equal(byFacilitator.present, 2, 'checking in twice counts once');
  assert.equal((await errorOf(call(chidi, 'POST', `/meetings/${meeting.id}/check-in`, { memberId: bao.id }))).code, 'not_facilitator');
  const outsider = await t.signIn();
  assert.equal((await errorOf(call(outsider, 'POST', `/meetings/${meeting.id}/check-in`, {}))).code, 'not_assembly_member');

  const undone = await ok<Meeting>(call(bao, 'DELETE', `/meetings/${meeting.id}/attendance/${bao.id}`));
  assert.equal(undone.present, 1);
  const closed = await ok<Meeting>(call(organiser, 'POST', `/meetings/${meeting.id}/close`));
  assert.equal(closed.status, 'closed');
  assert.equal((await errorOf(call(chidi, 'POST', `/meetings/${meeting.id}/check-in`, {}))).code, 'meeting_not_open');
  assert.equal((await errorOf(call(organiser, 'POST', `/meetings/${meeting.id}/open`))).code, 'meeting_closed');
});

test('agenda in order with proposals, Markdown minutes and action items; a meeting with an open vote stays open', async () => {
  const assembly = await createAssembly(t, organiser);
  const [owner, other] = await joined(t, assembly.id, 2);
  const meeting = await meetingOf(t, organiser, assembly.id);
  const proposal = await propose(t, owner, { assemblyId: assembly.id, meetingId: meeting.id, title: 'Tenant union dues' });
  const withItem = await ok<Meeting>(call(other, 'GET', `/meetings/${meeting.id}`));
  assert.deepEqual(
    withItem.agenda.map((a) => [a.position, a.title, a.proposal?.id ?? null]),
    [
      [1, 'Welcome', null],
      [2, 'Tenant union dues', proposal.id],
    ],
    'a proposal made for a meeting goes on its agenda',
  );
  const agenda = { items: [{ title: 'Tenant union dues', proposalId: proposal.id }, { title: 'Reports back' }] };
  const reordered = await ok<Meeting>(call(organiser, 'PUT', `/meetings/${meeting.id}/agenda`, agenda));
  assert.deepEqual(
    reordered.agenda.map((a) => a.title),
    ['Tenant union dues', 'Reports back'],
  );
  const elsewhere = await createAssembly(t, organiser);
  const foreign = await propose(t, organiser, { assemblyId: elsewhere.id });
  const bad = await errorOf(call(organiser, 'PUT', `/meetings/${meeting.id}/agenda`, { items: [{ title: 'X', proposalId: foreign.id }] }));
  assert.deepEqual([bad.code, bad.field], ['unknown_proposal', 'items.0.proposalId']);

  const minutes = '# Minutes\n\n- Quorum reached\n- **Dues** agreed';
  assert.equal((await errorOf(call(other, 'PUT', `/meetings/${meeting.id}/minutes`, { minutes }))).code, 'not_facilitator');
  assert.equal((await ok<Meeting>(call(organiser, 'PUT', `/meetings/${meeting.id}/minutes`, { minutes }))).minutes, minutes);

  const added = await ok<Meeting>(
    call(organiser, 'POST', `/meetings/${meeting.id}/action-items`, { text: 'Book the hall', ownerId: owner.id, dueOn: '2026-02-01' }),
  );
  const item = added.actionItems[0];
  assert.deepEqual([item.text, item.owner?.name, item.dueOn, item.doneAt], ['Book the hall', 'Neighbour 1', '2026-02-01', null]);
  assert.equal((await errorOf(call(other, 'PUT', `/action-items/${item.id}`, { done: true }))).code, 'not_facilitator');
  const done = await ok<Meeting>(call(owner, 'PUT', `/action-items/${item.id}`, { done: true }));
  assert.equal(done.actionItems[0].doneAt, t.clock.now(), 'its owner ticks it off');
  const bareDate = await errorOf(call(organiser, 'POST', `/meetings/${meeting.id}/action-items`, { text: 'Flyers', dueOn: 'soon' }));
  assert.deepEqual([bareDate.code, bareDate.field], ['invalid_input', 'dueOn']);
  assert.deepEqual((await ok<Meeting>(call(organiser, 'DELETE', `/action-items/${item.id}`))).actionItems, []);

  await openVote(t, organiser, proposal.id);
  assert.equal((await errorOf(call(organiser, 'POST', `/meetings/${meeting.id}/close`))).code, 'meeting_has_open_votes');
});
