import type { AppContext } from '../../context';
import { conflict, forbidden, notFound } from '../../core/errors';
import { hasRole, type Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import type { Roster, RosterEntry, Session } from './contract';
import { presentSession } from './present';
import type { TrainingSessionTable } from './schema';
import {
  attendanceOfSession,
  findRsvpOf,
  findSession,
  insertRsvp,
  lockSession,
  releasePlace,
  rsvpsOfSession,
  setRsvpStatus,
  takePlace,
  trainersOf,
} from './sessions-repository';

/** Locks the session for an RSVP change; places are taken until it ends, and not once it is cancelled. */
async function lockOpenSession(tx: Db, id: string, now: number): Promise<TrainingSessionTable> {
  const session = await lockSession(tx, id);
  if (!session) throw notFound('Session');
  if (session.state === 'cancelled') throw conflict('session_cancelled', 'This session was cancelled.');
  if (session.endsAt <= now) throw conflict('session_over', 'This session is over.');
  return session;
}

/**
 * A member takes a place (asking again changes nothing). Under the session's row lock, and the
 * place itself is a conditional update the database's check constraint backs: never more than capacity.
 */
export async function rsvpToSession(ctx: AppContext, member: Principal, sessionId: string): Promise<Session> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await lockOpenSession(tx, sessionId, now);
    const earlier = await findRsvpOf(tx, sessionId, member.memberId);
    if (earlier?.status === 'going') return;
    if (!(await takePlace(tx, sessionId))) throw conflict('session_full', 'This session is full. Look for another date.');
    if (earlier) await setRsvpStatus(tx, earlier.id, 'going', now);
    else
      await insertRsvp(tx, {
        id: ctx.ids.next(),
        sessionId,
        memberId: member.memberId,
        status: 'going',
        createdAt: now,
        updatedAt: now,
      });
    await audit(ctx, tx, { actor: member, action: 'training_session.rsvp', objectType: 'training_session', objectId: sessionId });
  });
  return reload(ctx, member, sessionId);
}

/** Gives the place back (cancelling twice changes nothing). */
export async function cancelRsvp(ctx: AppContext, member: Principal, sessionId: string): Promise<Session> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await lockOpenSession(tx, sessionId, now);
    const rsvp = await findRsvpOf(tx, sessionId, member.memberId);
    if (!rsvp) throw notFound('RSVP');
    if (rsvp.status !== 'going') return;
    await setRsvpStatus(tx, rsvp.id, 'cancelled', now);
    await releasePlace(tx, sessionId);
    await audit(ctx, tx, { actor: member, action: 'training_session.rsvp_cancelled', objectType: 'training_session', objectId: sessionId });
  });
  return reload(ctx, member, sessionId);
}

async function reload(ctx: AppContext, viewer: Principal, sessionId: string) {
  const row = await findSession(ctx.db, sessionId);
  if (!row) throw notFound('Session');
  return presentSession(ctx, row, viewer);
}

/** The session, if `actor` teaches it or is an organiser: only they see who comes and take attendance. */
export async function sessionTaughtBy(db: Db, actor: Principal, sessionId: string): Promise<TrainingSessionTable> {
  const session = await findSession(db, sessionId);
  if (!session) throw notFound('Session');
  if (hasRole(actor, 'organiser')) return session;
  const trainers = await trainersOf(db, [sessionId]);
  if (!trainers.some((t) => t.memberId === actor.memberId))
    throw forbidden('Only the trainers of this session and organisers can do this.', 'not_trainer');
  return session;
}

/** Who is coming and who came, for the trainers and organisers (names of members: audited). */
export async function sessionRoster(ctx: AppContext, actor: Principal, sessionId: string): Promise<Roster> {
  const session = await sessionTaughtBy(ctx.db, actor, sessionId);
  const [rsvps, attended] = await Promise.all([rsvpsOfSession(ctx.db, sessionId), attendanceOfSession(ctx.db, sessionId)]);
  const came = new Map(attended.map((a) => [a.memberId, a.attendedAt]));
  const ids = [...new Set([...rsvps.map((r) => r.memberId), ...attended.map((a) => a.memberId)])];
  const names = await displayNamesOf(ctx.db, ids);
  const entries: RosterEntry[] = ids.map((memberId) => ({
    memberId,
    name: names.get(memberId) ?? '',
    rsvp: rsvps.find((r) => r.memberId === memberId)?.status ?? null,
    attendedAt: came.get(memberId) ?? null,
  }));
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  await audit(ctx, ctx.db, { actor, action: 'training_session.roster_viewed', objectType: 'training_session', objectId: sessionId });
  return { session: await presentSession(ctx, session, actor), entries, attended: attended.length };
}
