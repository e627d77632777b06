import type { Db } from '../../database';
import { isVotingMembership } from './assemblies-repository';
import type { AssemblyActionItemTable, AssemblyAgendaItemTable, AssemblyMeetingTable } from './schema';

/** Queries about meetings: agenda, check-ins, action items. */

export const insertMeeting = (db: Db, row: AssemblyMeetingTable) => db.insertInto('assemblyMeeting').values(row).execute();

export const updateMeeting = (db: Db, id: string, set: Partial<AssemblyMeetingTable>) =>
  db.updateTable('assemblyMeeting').set(set).where('id', '=', id).execute();

export const findMeeting = (db: Db, id: string) => db.selectFrom('assemblyMeeting').selectAll().where('id', '=', id).executeTakeFirst();

/** The meeting, its row locked until the transaction ends (PostgreSQL; SQLite has one writer). */
export const lockMeeting = (db: Db, id: string) =>
  db
    .updateTable('assemblyMeeting')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

/** Upcoming meetings first (soonest first), then past ones (latest first). */
export async function meetingsOf(db: Db, assemblyId: string, now: number, limit: number) {
  const columns = ['id', 'title', 'startsAt', 'place', 'status'] as const;
  const [coming, past] = await Promise.all([
    db
      .selectFrom('assemblyMeeting')
      .select(columns)
      .where('assemblyId', '=', assemblyId)
      .where((eb) => eb.or([eb('status', '<>', 'closed'), eb('startsAt', '>=', now)]))
      .orderBy('startsAt')
      .limit(limit)
      .execute(),
    db
      .selectFrom('assemblyMeeting')
      .select(columns)
      .where('assemblyId', '=', assemblyId)
      .where('status', '=', 'closed')
      .where('startsAt', '<', now)
      .orderBy('startsAt', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return [...coming, ...past];
}

// Agenda

export const agendaOf = (db: Db, meetingId: string) =>
  db.selectFrom('assemblyAgendaItem').selectAll().where('meetingId', '=', meetingId).orderBy('position').execute();

export async function replaceAgenda(db: Db, meetingId: string, items: AssemblyAgendaItemTable[]) {
  await db.deleteFrom('assemblyAgendaItem').where('meetingId', '=', meetingId).execute();
  if (items.length) await db.insertInto('assemblyAgendaItem').values(items).execute();
}

export async function nextAgendaPosition(db: Db, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('assemblyAgendaItem')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('meetingId', '=', meetingId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 1 : Number(row.last) + 1;
}

export const insertAgendaItem = (db: Db, row: AssemblyAgendaItemTable) => db.insertInto('assemblyAgendaItem').values(row).execute();

// Attendance

/** Checking in twice keeps the first time. */
export const insertAttendance = (db: Db, meetingId: string, memberId: string, checkedInAt: number) =>
  db
    .insertInto('assemblyAttendance')
    .values({ meetingId, memberId, checkedInAt })
    .onConflict((oc) => oc.columns(['meetingId', 'memberId']).doNothing())
    .execute();

export const deleteAttendance = (db: Db, meetingId: string, memberId: string) =>
  db.deleteFrom('assemblyAttendance').where('meetingId', '=', meetingId).where('memberId', '=', memberId).execute();

export const attendanceOf = (db: Db, meetingId: string) =>
  db.selectFrom('assemblyAttendance').selectAll().where('meetingId', '=', meetingId).orderBy('checkedInAt').execute();

export const hasCheckedIn = async (db: Db, meetingId: string, memberId: string) =>
  (await db
    .selectFrom('assemblyAttendance')
    .select('memberId')
    .where('meetingId', '=', meetingId)
    .where('memberId', '=', memberId)
    .executeTakeFirst()) !== undefined;

/** Quorum's figure: members checked in at the meeting who vote in its assembly now. */
export async function presentVoters(db: Db, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('assemblyAttendance')
    .innerJoin('assemblyMeeting', 'assemblyMeeting.id', 'assemblyAttendance.meetingId')
    .innerJoin('assemblyMember', (join) =>
      join
        .onRef('assemblyMember.assemblyId', '=', 'assemblyMeeting.assemblyId')
        .onRef('assemblyMember.memberId', '=', 'assemblyAttendance.memberId'),
    )
    .innerJoin('assembly', 'assembly.id', 'assemblyMeeting.assemblyId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assemblyAttendance.meetingId', '=', meetingId)
    .where(isVotingMembership)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const deleteAttendanceBefore = async (db: Db, cutoff: number) =>
  Number((await db.deleteFrom('assemblyAttendance').where('checkedInAt', '<', cutoff).executeTakeFirst()).numDeletedRows);

// Action items

export const actionItemsOf = (db: Db, meetingId: string) =>
  db.selectFrom('assemblyActionItem').selectAll().where('meetingId', '=', meetingId).orderBy('createdAt').orderBy('id').execute();

export const insertActionItem = (db: Db, row: AssemblyActionItemTable) => db.insertInto('assemblyActionItem').values(row).execute();

export const findActionItem = (db: Db, id: string) =>
  db.selectFrom('assemblyActionItem').selectAll().where('id', '=', id).executeTakeFirst();

export const setActionItemDone = (db: Db, id: string, doneAt: number | null) =>
  db.updateTable('assemblyActionItem').set({ doneAt }).where('id', '=', id).execute();

export const deleteActionItem = (db: Db, id: string) => db.deleteFrom('assemblyActionItem').where('id', '=', id).execute();
