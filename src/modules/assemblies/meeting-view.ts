import type { AppContext } from '../../context';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { displayNamesOf } from '../members';
import { assemblyAccess, votesIn } from './access';
import { voterCountOf } from './assemblies-repository';
import type { Meeting } from './contract';
import { actionItemsOf, agendaOf, attendanceOf, findMeeting, presentVoters } from './meetings-repository';
import { quorumRequired } from './outcome';
import { assemblyBrief, proposalBrief } from './present';
import { proposalsByIds, proposalsOfMeeting } from './proposals-repository';

/**
 * A meeting as its page shows it: agenda, how many voting members checked in against the quorum,
 * minutes, action items and the proposals it votes on. Who checked in is for those who run it.
 */
export async function presentMeeting(ctx: AppContext, viewer: Principal, id: string): Promise<Meeting> {
  const meeting = await findMeeting(ctx.db, id);
  if (!meeting) throw notFound('Meeting');
  const { assembly, membership, manages } = await assemblyAccess(ctx.db, viewer, meeting.assemblyId);
  const [agenda, attendance, actions, proposals, present, voters] = await Promise.all([
    agendaOf(ctx.db, id),
    attendanceOf(ctx.db, id),
    actionItemsOf(ctx.db, id),
    proposalsOfMeeting(ctx.db, id),
    presentVoters(ctx.db, id),
    voterCountOf(ctx.db, assembly.id),
  ]);
  const linked = await proposalsByIds(
    ctx.db,
    agenda.map((a) => a.proposalId),
  );
  const names = await displayNamesOf(ctx.db, [...actions.map((a) => a.ownerId), ...(manages ? attendance.map((a) => a.memberId) : [])]);
  const named = (memberId: string | null) => (memberId ? { id: memberId, name: names.get(memberId) ?? '' } : null);
  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    place: meeting.place,
    status: meeting.status,
    assembly: assemblyBrief(assembly),
    openedAt: meeting.openedAt,
    closedAt: meeting.closedAt,
    minutes: meeting.minutes,
    agenda: agenda.map((a) => {
      const proposal = linked.find((p) => p.id === a.proposalId);
      return { id: a.id, position: a.position, title: a.title, proposal: proposal ? proposalBrief(proposal) : null };
    }),
    actionItems: actions.map((a) => ({ id: a.id, text: a.text, owner: named(a.ownerId), dueOn: a.dueOn, doneAt: a.doneAt })),
    proposals: proposals.map(proposalBrief),
    present,
    quorumRequired: quorumRequired(assembly, voters),
    voters,
    attendance: manages
      ? attendance.map((a) => ({ memberId: a.memberId, name: names.get(a.memberId) ?? '', checkedInAt: a.checkedInAt }))
      : null,
    mine: {
      member: membership !== undefined,
      voter: votesIn(assembly, membership),
      checkedIn: attendance.some((a) => a.memberId === viewer.memberId),
    },
    can: { manage: manages },
    demo: meeting.demo === 1,
  };
}
