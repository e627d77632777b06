import type { AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import { assemblyAccess, requireManager } from './access';
import { findMembership } from './assemblies-repository';
import type { ActionItemInput, AgendaInput, Meeting, MeetingInput } from './contract';
import { presentMeeting } from './meeting-view';
import {
  deleteActionItem,
  deleteAttendance,
  findActionItem,
  findMeeting,
  insertActionItem,
  insertAttendance,
  insertMeeting,
  lockMeeting,
  replaceAgenda,
  setActionItemDone,
  updateMeeting,
} from './meetings-repository';
import { countVotingOfMeeting, proposalsByIds } from './proposals-repository';
import type { AssemblyMeetingTable } from './schema';

/** Meetings: scheduled, opened and closed by facilitators; members check themselves in while one is open. */

type MeetingChange = (tx: Db, meeting: AssemblyMeetingTable) => Promise<unknown>;

/** Runs `change` on the meeting (locked) with its audit entry, when `actor` runs its assembly; answers the meeting. */
async function managedChange(ctx: AppContext, actor: Principal, id: string, action: string, change: MeetingChange): Promise<Meeting> {
  const found = await findMeeting(ctx.db, id);
  if (!found) throw notFound('Meeting');
  await requireManager(ctx.db, actor, found.assemblyId);
  await ctx.db.transaction().execute(async (tx) => {
    const meeting = await lockMeeting(tx, id);
    if (!meeting) throw notFound('Meeting');
    await change(tx, meeting);
    await audit(ctx, tx, { actor, action, objectType: 'assembly_meeting', objectId: id });
  });
  return presentMeeting(ctx, actor, id);
}

export async function scheduleMeeting(
  ctx: AppContext,
  actor: Principal,
  assemblyId: string,
  input: MeetingInput,
  opts: { demo?: boolean } = {},
): Promise<Meeting> {
  await requireManager(ctx.db, actor, assemblyId);
  const now = ctx.clock.now();
  const row: AssemblyMeetingTable = {
    id: ctx.ids.next(),
    assemblyId,
    title: input.title,
    startsAt: input.startsAt,
    place: input.place,
    status: 'scheduled',
    minutes: '',
    openedAt: null,
    closedAt: null,
    createdBy: actor.memberId,
    createdAt: now,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertMeeting(tx, row);
    const items = input.agenda.map((title, i) => ({ id: ctx.ids.next(), meetingId: row.id, position: i + 1, title, proposalId: null }));
    await replaceAgenda(tx, row.id, items);
    await audit(ctx, tx, { actor, action: 'assembly_meeting.scheduled', objectType: 'assembly_meeting', objectId: row.id });
  });
  return presentMeeting(ctx, actor, row.id);
}

export const getMeeting = (ctx: AppContext, viewer: Principal, id: string) => presentMeeting(ctx, viewer, id);

/** Opening lets members check in; opening an open meeting changes nothing. */
export const openMeeting = (ctx: AppContext, actor: Principal, id: string) =>
  managedChange(ctx, actor, id, 'assembly_meeting.opened', async (tx, meeting) => {
    if (meeting.status === 'closed') throw conflict('meeting_closed', 'This meeting is closed.');
    if (meeting.status === 'scheduled')
      await updateMeeting(tx, id, { status: 'open', openedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
  });

/** A meeting closes once the votes held at it are closed (or counted by hand). */
export const closeMeeting = (ctx: AppContext, actor: Principal, id: string) =>
  managedChange(ctx, actor, id, 'assembly_meeting.closed', async (tx, meeting) => {
    if (meeting.status === 'closed') return;
    if ((await countVotingOfMeeting(tx, id)) > 0) throw conflict('meeting_has_open_votes', 'Close the votes held at this meeting first.');
    await updateMeeting(tx, id, { status: 'closed', closedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
  });

/** The agenda, in order; an item may point to one of the assembly's proposals. */
export const setAgenda = (ctx: AppContext, actor: Principal, id: string, input: AgendaInput) =>
  managedChange(ctx, actor, id, 'assembly_meeting.agenda_set', async (tx, meeting) => {
    const linked = input.items.flatMap((item) => (item.proposalId ? [item.proposalId] : []));
    const found = await proposalsByIds(tx, linked);
    const index = input.items.findIndex(
      (i) => i.proposalId && !found.some((p) => p.id === i.proposalId && p.assemblyId === meeting.assemblyId),
    );
    if (index >= 0) throw badRequest('unknown_proposal', 'There is no such proposal in this assembly.', `items.${index}.proposalId`);
    const items = input.items.map((item, i) => ({ id: ctx.ids.next(), meetingId: id, position: i + 1, ...item }));
    await replaceAgenda(tx, id, items);
  });

export const setMinutes = (ctx: AppContext, actor: Principal, id: string, minutes: string) =>
  managedChange(ctx, actor, id, 'assembly_meeting.minutes_saved', (tx) => updateMeeting(tx, id, { minutes, updatedAt: ctx.clock.now() }));

/**
 * A member checks themself in while the meeting is open (checking in twice keeps the first time); a
 * facilitator checks in someone else. Quorum is counted from these.
 */
export async function checkIn(ctx: AppContext, actor: Principal, id: string, memberId?: string): Promise<Meeting> {
  return changeAttendance(ctx, actor, id, memberId ?? actor.memberId, 'checked_in', (tx, who, now) => insertAttendance(tx, id, who, now));
}

export async function undoCheckIn(ctx: AppContext, actor: Principal, id: string, memberId: string): Promise<Meeting> {
  return changeAttendance(ctx, actor, id, memberId, 'check_in_removed', (tx, who) => deleteAttendance(tx, id, who));
}

async function changeAttendance(
  ctx: AppContext,
  actor: Principal,
  id: string,
  memberId: string,
  action: string,
  change: (tx: Db, memberId: string, now: number) => Promise<unknown>,
): Promise<Meeting> {
  const meeting = await findMeeting(ctx.db, id);
  if (!meeting) throw notFound('Meeting');
  const { manages } = await assemblyAccess(ctx.db, actor, meeting.assemblyId);
  if (memberId !== actor.memberId && !manages)
    throw forbidden("Only the assembly's facilitators and organisers can check others in.", 'not_facilitator');
  if (!(await findMembership(ctx.db, meeting.assemblyId, memberId)))
    throw forbidden('Only members of the assembly check in at its meetings.', 'not_assembly_member');
  await ctx.db.transaction().execute(async (tx) => {
    const locked = await lockMeeting(tx, id);
    if (locked?.status !== 'open') throw conflict('meeting_not_open', 'Check-in is open while the meeting is.');
    await change(tx, memberId, ctx.clock.now());
    await audit(ctx, tx, { actor, action: `assembly_meeting.${action}`, objectType: 'assembly_meeting', objectId: id });
  });
  return presentMeeting(ctx, actor, id);
}

export async function addActionItem(ctx: AppContext, actor: Principal, id: string, input: ActionItemInput): Promise<Meeting> {
  if (input.ownerId && !(await displayNamesOf(ctx.db, [input.ownerId])).has(input.ownerId))
    throw badRequest('unknown_member', 'There is no such member.', 'ownerId');
  return managedChange(ctx, actor, id, 'assembly_action_item.added', (tx) =>
    insertActionItem(tx, { id: ctx.ids.next(), meetingId: id, ...input, doneAt: null, createdAt: ctx.clock.now() }),
  );
}

/** Its owner or the assembly's facilitators tick an action item off (or undo that). */
export async function markActionItem(ctx: AppContext, actor: Principal, itemId: string, done: boolean): Promise<Meeting> {
  const item = await findActionItem(ctx.db, itemId);
  if (!item) throw notFound('Action item');
  const meeting = await findMeeting(ctx.db, item.meetingId);
  if (!meeting) throw notFound('Meeting');
  const { manages } = await assemblyAccess(ctx.db, actor, meeting.assemblyId);
  if (!manages && item.ownerId !== actor.memberId)
    throw forbidden("Only the action's owner and the assembly's facilitators can change it.", 'not_facilitator');
  await ctx.db.transaction().execute(async (tx) => {
    await setActionItemDone(tx, itemId, done ? (item.doneAt ?? ctx.clock.now()) : null);
    await audit(ctx, tx, {
      actor,
      action: `assembly_action_item.${done ? 'done' : 'reopened'}`,
      objectType: 'assembly_meeting',
      objectId: meeting.id,
    });
  });
  return presentMeeting(ctx, actor, meeting.id);
}

export async function removeActionItem(ctx: AppContext, actor: Principal, itemId: string): Promise<Meeting> {
  const item = await findActionItem(ctx.db, itemId);
  if (!item) throw notFound('Action item');
  return managedChange(ctx, actor, item.meetingId, 'assembly_action_item.removed', (tx) => deleteActionItem(tx, itemId));
}
