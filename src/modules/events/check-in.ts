import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { badRequest, conflict, notFound } from '../../core/errors';
import { hashToken, secretToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { CheckInEntry, CheckInSheet, RsvpResult, SelfCheckIn } from './contract';
import { presentEvent } from './present';
import { countsOf } from './queue';
import { findEvent, findRsvp, findRsvpOf, insertRsvp, listActiveRsvps, lockEventForRsvp, setCheckedIn, updateRsvp } from './repository';
import { describeRsvp, nameOf, ownerOf, requireName } from './rsvp-service';
import type { EventRsvpTable, EventTable } from './schema';

/** People arrive early and linger; outside this window an old code is worth nothing. */
export const CHECK_IN_OPENS_BEFORE = 3 * HOUR;
export const CHECK_IN_CLOSES_AFTER = 3 * HOUR;

function assertCheckInOpen(event: EventTable, now: number) {
  if (event.state === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled.');
  if (now < event.startsAt - CHECK_IN_OPENS_BEFORE || now > event.endsAt + CHECK_IN_CLOSES_AFTER)
    throw conflict('check_in_closed', 'Check-in opens 3 hours before the event and closes 3 hours after it.');
}

const entryOf = (row: EventRsvpTable): CheckInEntry => ({
  id: row.id,
  name: row.name,
  contact: row.contact,
  status: row.status,
  member: row.memberId !== null,
  checkedInAt: row.checkedInAt,
});

/** The organiser's list at the door: pseudonyms and the contacts people chose to leave, so looking is audited. */
export async function checkInSheet(ctx: AppContext, actor: Principal, eventId: string): Promise<CheckInSheet> {
  const event = await findEvent(ctx.db, eventId);
  if (!event) throw notFound('Event');
  const [rows, counts, presented] = await Promise.all([
    listActiveRsvps(ctx.db, eventId),
    countsOf(ctx.db, eventId),
    presentEvent(ctx, event),
  ]);
  await audit(ctx, ctx.db, { actor, action: 'event.check_in_list_viewed', objectType: 'event', objectId: eventId });
  return { event: presented, code: event.checkInCode, checkedIn: counts.checkedIn, walkIns: counts.walk_in, rsvps: rows.map(entryOf) };
}

/** An organiser checks someone in at the door (or undoes a mistaken tap). */
export async function setRsvpCheckIn(
  ctx: AppContext,
  actor: Principal,
  eventId: string,
  rsvpId: string,
  checkedIn: boolean,
): Promise<CheckInEntry> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const event = await findEvent(tx, eventId);
    const row = event ? await findRsvp(tx, eventId, rsvpId) : undefined;
    if (!event || !row) throw notFound('RSVP');
    if (checkedIn) assertCheckInOpen(event, now);
    if (row.status === 'cancelled') throw conflict('rsvp_cancelled', 'This RSVP was cancelled.');
    const at = checkedIn ? now : null;
    if (await setCheckedIn(tx, row.id, at, now))
      await audit(ctx, tx, {
        actor,
        action: checkedIn ? 'event.checked_in' : 'event.check_in_undone',
        objectType: 'event_rsvp',
        objectId: row.id,
      });
    return entryOf({ ...row, checkedInAt: checkedIn ? (row.checkedInAt ?? now) : null });
  });
}

const sameCode = (given: string, code: string) => given.length === code.length && timingSafeEqual(Buffer.from(given), Buffer.from(code));

/**
 * An attendee checks in on their own phone with the code shown at the door: their RSVP if they have
 * one (token or member), else as a walk-in under the name they give, who gets a manage token too.
 */
export async function selfCheckIn(ctx: AppContext, principal: Principal | null, eventId: string, input: SelfCheckIn): Promise<RsvpResult> {
  const now = ctx.clock.now();
  const owner = ownerOf(principal, input);
  const name = await nameOf(ctx, principal, input.name);
  const { row, token } = await ctx.db.transaction().execute(async (tx) => {
    const event = await lockEventForRsvp(tx, eventId);
    if (!event) throw notFound('Event');
    if (!sameCode(input.code, event.checkInCode)) throw badRequest('wrong_check_in_code', 'That check-in code is not right.', 'code');
    assertCheckInOpen(event, now);
    const mine = owner ? await findRsvpOf(tx, eventId, owner) : undefined;
    if (mine && mine.status !== 'cancelled') {
      if (await setCheckedIn(tx, mine.id, now, now))
        await audit(ctx, tx, { actor: principal, action: 'event.self_checked_in', objectType: 'event_rsvp', objectId: mine.id });
      return { row: { ...mine, checkedInAt: mine.checkedInAt ?? now }, token: null };
    }
    const walkIn = { name: requireName(name), status: 'walk_in' as const, position: event.rsvpSeq };
    const fields = { ...walkIn, checkedInAt: now, updatedAt: now };
    let saved: EventRsvpTable;
    let fresh: string | null = null;
    if (mine) {
      await updateRsvp(tx, mine.id, fields);
      saved = { ...mine, ...fields };
    } else {
      fresh = principal ? null : secretToken();
      saved = {
        id: ctx.ids.next(),
        eventId,
        memberId: principal?.memberId ?? null,
        contact: null,
        tokenHash: fresh ? hashToken(fresh) : null,
        createdAt: now,
        ...fields,
      };
      await insertRsvp(tx, saved);
    }
    await audit(ctx, tx, { actor: principal, action: 'event.walk_in_checked_in', objectType: 'event_rsvp', objectId: saved.id });
    return { row: saved, token: fresh };
  });
  return { rsvp: await describeRsvp(ctx.db, row), manageToken: token };
}
