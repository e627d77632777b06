import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { purgeExpired } from '../../core/retention';
import { retentionRules } from '../../server';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { checkIn, closeVote, createAssembly, getProposal, joined, type Member, meetingOf, openVote, propose, voteOk } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp({ RETENTION_DAYS: '{"assembly_attendance":30}' });
  organiser = await t.signIn({ roles: ['organiser'] });
});
after(() => t.close());

const purged = async () =>
  (await purgeExpired(t.db, retentionRules, t.config, t.clock.now())).find((r) => r.kind === 'assembly_attendance')?.deleted ?? 0;
const attendanceRows = async (meetingId: string) =>
  (await t.db.selectFrom('assemblyAttendance').select('memberId').where('meetingId', '=', meetingId).execute()).length;

test('who checked in goes 30 days after the check-in (to the millisecond); meetings, proposals and the figure present stay', async () => {
  const assembly = await createAssembly(t, organiser);
  const members = await joined(t, assembly.id, 3);
  const meeting = await meetingOf(t, organiser, assembly.id);
  const checkedInAt = t.clock.now();
  for (const m of members) await checkIn(t, m, meeting.id);
  const proposal = await propose(t, members[0], { assemblyId: assembly.id, meetingId: meeting.id });
  await openVote(t, organiser, proposal.id);
  for (const m of members) await voteOk(t, m, proposal.id, 'yes');
  await closeVote(t, organiser, proposal.id);

  const later = await meetingOf(t, organiser, assembly.id);
  await t.db
    .insertInto('assemblyAttendance')
    .values({ meetingId: later.id, memberId: members[1].id, checkedInAt: checkedInAt + 10 * DAY })
    .execute();

  t.clock.set(checkedInAt + 30 * DAY);
  assert.equal(await purged(), 0, 'not a millisecond early');
  t.clock.advance(1);
  assert.equal(await purged(), 3);
  assert.deepEqual([await attendanceRows(meeting.id), await attendanceRows(later.id)], [0, 1]);
  const kept = await getProposal(t, await t.signIn(), proposal.id);
  assert.deepEqual([kept.outcome, kept.present, kept.counts?.yes], ['passed', 3, 3]);
  assert.ok(await t.db.selectFrom('assemblyMeeting').select('id').where('id', '=', meeting.id).executeTakeFirst());
});
