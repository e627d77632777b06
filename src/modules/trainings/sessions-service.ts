import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { activeHoldersOf } from '../members';
import { findZoneAt, zoneNames } from '../zones';
import { newAttendanceSecret } from './attendance-token';
import { SESSION_MAX_HOURS, type Session, type SessionInput } from './contract';
import { findCourse } from './courses-repository';
import { presentSession, presentSessions } from './present';
import { pushAboutSession } from './reminders';
import type { TrainingSessionTable } from './schema';
import {
  findSession,
  goingMemberIds,
  insertSession,
  listSessionRows,
  lockSession,
  replaceTrainers,
  updateSession,
} from './sessions-repository';

const LIST_LIMIT = 200;

/** The course, zone and trainers a session names must exist; a zone is found from the point if not given. */
async function resolveReferences(ctx: AppContext, input: SessionInput): Promise<{ zoneId: string | null }> {
  if (!(await findCourse(ctx.db, input.courseId))) throw badRequest('unknown_course', 'There is no such course.', 'courseId');
  const trusted = await activeHoldersOf(ctx.db, input.trainerIds, 'member');
  if (trusted.length !== new Set(input.trainerIds).size)
    throw badRequest('trainer_not_trusted', 'Trainers must be members others have vouched for, and not disabled.', 'trainerIds');
  if (input.zoneId) {
    if (!(await zoneNames(ctx, [input.zoneId])).has(input.zoneId)) throw badRequest('unknown_zone', 'There is no such zone.', 'zoneId');
    return { zoneId: input.zoneId };
  }
  return { zoneId: input.point ? ((await findZoneAt(ctx, input.point.lat, input.point.lng))?.id ?? null) : null };
}

function checkTimes(input: SessionInput, now: number, before: TrainingSessionTable | null) {
  if (input.endsAt <= input.startsAt) throw badRequest('session_ends_before_start', 'The session must end after it starts.', 'endsAt');
  if (input.endsAt - input.startsAt > SESSION_MAX_HOURS * HOUR)
    throw badRequest('session_too_long', `A session lasts at most ${SESSION_MAX_HOURS} hours.`, 'endsAt');
  if (input.startsAt < now && input.startsAt !== before?.startsAt)
    throw badRequest('session_in_past', 'The start time has already passed.', 'startsAt');
}

const fieldsOf = (input: SessionInput, zoneId: string | null) => ({
  courseId: input.courseId,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  place: input.place,
  lat: input.point?.lat ?? null,
  lng: input.point?.lng ?? null,
  zoneId,
  language: input.language,
  capacity: input.capacity,
});

export async function createSession(ctx: AppContext, actor: Principal | null, input: SessionInput, opts: { demo?: boolean } = {}) {
  const now = ctx.clock.now();
  checkTimes(input, now, null);
  // Read before the transaction: on SQLite a read outside it would wait for it to end.
  const { zoneId } = await resolveReferences(ctx, input);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const fresh: TrainingSessionTable = {
      id: ctx.ids.next(),
      ...fieldsOf(input, zoneId),
      taken: 0,
      state: 'scheduled',
      cancelledAt: null,
      reminderSentAt: null,
      attendanceSecret: newAttendanceSecret(),
      createdAt: now,
      createdBy: actor?.memberId ?? null,
      updatedAt: now,
      demo: opts.demo ? 1 : 0,
    };
    await insertSession(tx, fresh);
    await replaceTrainers(tx, fresh.id, input.trainerIds);
    await audit(ctx, tx, { actor, action: 'training_session.created', objectType: 'training_session', objectId: fresh.id });
    return fresh;
  });
  return presentSession(ctx, row, { memberId: actor?.memberId ?? '', trusted: true });
}

/** Under the session's lock: no RSVP slips in between the check of places and the change. */
async function lockedScheduled(tx: Db, id: string): Promise<TrainingSessionTable> {
  const row = await lockSession(tx, id);
  if (!row) throw notFound('Session');
  if (row.state === 'cancelled') throw conflict('session_cancelled', 'This session was cancelled.');
  return row;
}

export async function editSession(ctx: AppContext, actor: Principal, id: string, input: SessionInput): Promise<Session> {
  const now = ctx.clock.now();
  const { zoneId } = await resolveReferences(ctx, input);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const before = await lockedScheduled(tx, id);
    checkTimes(input, now, before);
    if (input.capacity < before.taken)
      throw conflict('capacity_below_taken', 'More people already have a place than this capacity.', 'capacity');
    // A session moved to another time is reminded of again before its new start.
    const reminder = input.startsAt === before.startsAt ? {} : { reminderSentAt: null };
    const fields = { ...fieldsOf(input, zoneId), ...reminder, updatedAt: now };
    await updateSession(tx, id, fields);
    await replaceTrainers(tx, id, input.trainerIds);
    await audit(ctx, tx, { actor, action: 'training_session.updated', objectType: 'training_session', objectId: id });
    return { ...before, ...fields };
  });
  return presentSession(ctx, row, actor);
}

export async function cancelSession(ctx: AppContext, actor: Principal, id: string): Promise<Session> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const before = await lockedScheduled(tx, id);
    const set = { state: 'cancelled' as const, cancelledAt: now, updatedAt: now };
    await updateSession(tx, id, set);
    await audit(ctx, tx, { actor, action: 'training_session.cancelled', objectType: 'training_session', objectId: id });
    return { ...before, ...set };
  });
  if (row.startsAt > now) void pushAboutSession(ctx, await goingMemberIds(ctx.db, id), row);
  return presentSession(ctx, row, actor);
}

export async function getSession(ctx: AppContext, viewer: Principal, id: string): Promise<Session> {
  const row = await findSession(ctx.db, id);
  if (!row) throw notFound('Session');
  return presentSession(ctx, row, viewer);
}

export async function listSessions(
  ctx: AppContext,
  viewer: Principal,
  filter: { when: 'upcoming' | 'past'; course?: string },
): Promise<Session[]> {
  const rows = await listSessionRows(ctx.db, {
    now: ctx.clock.now(),
    past: filter.when === 'past',
    courseId: filter.course,
    limit: LIST_LIMIT,
  });
  return presentSessions(ctx, rows, viewer);
}
