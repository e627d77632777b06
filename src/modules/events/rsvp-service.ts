import type { AppContext } from '../../context';
import { badRequest, conflict, notFound } from '../../core/errors';
import { hashToken, secretToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { displayNamesOf } from '../members';
import type { MyRsvp, NewRsvp, RsvpProof, RsvpResult } from './contract';
import { announceRsvpCancelled, announceRsvpCreated, pushPromotedMembers } from './notify';
import { countsOf, fillPlaces, statusForNewRsvp } from './queue';
import { findRsvpOf, insertRsvp, lockEventForRsvp, updateRsvp, waitingBefore } from './repository';
import type { EventRsvpTable, EventTable } from './schema';

/** What the person who made an RSVP may see of it (the public sees counts only). */
export async function describeRsvp(db: Db, row: EventRsvpTable): Promise<MyRsvp> {
  return {
    id: row.id,
    eventId: row.eventId,
    name: row.name,
    status: row.status,
    waitlistPosition: row.status === 'waitlisted' ? (await waitingBefore(db, row.eventId, row.position)) + 1 : null,
    checkedIn: row.checkedInAt !== null,
  };
}

/** Whose RSVP this request is about: the visitor's token if sent, else the signed-in member. */
export function ownerOf(principal: Principal | null, proof: RsvpProof): { memberId: string } | { tokenHash: string } | null {
  if (proof.token) return { tokenHash: hashToken(proof.token) };
  return principal ? { memberId: principal.memberId } : null;
}

/** The name given, or a member's own name for the network; undefined when a visitor gave none. */
export async function nameOf(ctx: AppContext, principal: Principal | null, given: string | undefined): Promise<string | undefined> {
  return given ?? (principal ? (await displayNamesOf(ctx.db, [principal.memberId])).get(principal.memberId) : undefined);
}

/** A visitor must give a name (a pseudonym is fine). */
export function requireName(name: string | undefined): string {
  if (!name) throw badRequest('name_required', 'Enter a name; a pseudonym is fine.', 'name');
  return name;
}

/** Locks the event for an RSVP change; RSVPs are taken until the event ends, and not once cancelled. */
export async function lockEventOpenForRsvp(tx: Db, eventId: string, now: number): Promise<EventTable> {
  const event = await lockEventForRsvp(tx, eventId);
  if (!event) throw notFound('Event');
  if (event.state === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled.');
  if (event.endsAt <= now) throw conflict('event_over', 'This event is over.');
  return event;
}

/**
 * RSVP as a signed-in member (once per event: asking again answers with the same RSVP) or as a
 * visitor, who gets a manage token shown once. Places are given in the order RSVPs take the event's
 * lock; when none is left, the RSVP joins the waitlist.
 */
export async function createRsvp(ctx: AppContext, principal: Principal | null, eventId: string, input: NewRsvp): Promise<RsvpResult> {
  const now = ctx.clock.now();
  const name = requireName(await nameOf(ctx, principal, input.name));
  const token = principal ? null : secretToken();
  const { row, created } = await ctx.db.transaction().execute(async (tx) => {
    const event = await lockEventOpenForRsvp(tx, eventId, now);
    const earlier = principal ? await findRsvpOf(tx, eventId, { memberId: principal.memberId }) : undefined;
    if (earlier && earlier.status !== 'cancelled') return { row: earlier, created: false };
    const status = statusForNewRsvp(event.capacity, await countsOf(tx, eventId));
    const fields = { name, contact: input.contact || null, status, position: event.rsvpSeq, updatedAt: now, checkedInAt: null };
    if (earlier) {
      await updateRsvp(tx, earlier.id, fields);
      return { row: { ...earlier, ...fields }, created: true };
    }
    const fresh: EventRsvpTable = {
      id: ctx.ids.next(),
      eventId,
      memberId: principal?.memberId ?? null,
      tokenHash: token ? hashToken(token) : null,
      createdAt: now,
      ...fields,
    };
    await insertRsvp(tx, fresh);
    return { row: fresh, created: true };
  });
  if (created) await announceRsvpCreated(ctx, eventId, row.id, row.status);
  return { rsvp: await describeRsvp(ctx.db, row), manageToken: token };
}

export async function findMyRsvp(ctx: AppContext, principal: Principal | null, eventId: string, proof: RsvpProof): Promise<MyRsvp> {
  const owner = ownerOf(principal, proof);
  const row = owner ? await findRsvpOf(ctx.db, eventId, owner) : undefined;
  if (!row) throw notFound('RSVP');
  return describeRsvp(ctx.db, row);
}

/** Cancelling a place gives it to the first person waiting. */
export async function cancelMyRsvp(ctx: AppContext, principal: Principal | null, eventId: string, proof: RsvpProof): Promise<MyRsvp> {
  const now = ctx.clock.now();
  const owner = ownerOf(principal, proof);
  const outcome = await ctx.db.transaction().execute(async (tx) => {
    const event = await lockEventForRsvp(tx, eventId);
    const row = event && owner ? await findRsvpOf(tx, eventId, owner) : undefined;
    if (!event || !row) throw notFound('RSVP');
    if (row.status === 'cancelled') return { event, row, promoted: [], changed: false };
    await updateRsvp(tx, row.id, { status: 'cancelled', updatedAt: now });
    const promoted = row.status === 'going' && event.state === 'scheduled' && event.endsAt > now ? await fillPlaces(tx, event, now) : [];
    return { event, row: { ...row, status: 'cancelled' as const, updatedAt: now }, promoted, changed: true };
  });
  if (outcome.changed) {
    await announceRsvpCancelled(
      ctx,
      eventId,
      outcome.row.id,
      outcome.promoted.map((r) => r.id),
    );
    pushPromotedMembers(ctx, outcome.event, outcome.promoted);
  }
  return describeRsvp(ctx.db, outcome.row);
}
