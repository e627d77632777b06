import { randomInt } from 'node:crypto';
import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { badRequest, conflict, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { listOrgs } from '../orgs';
import { findCampaign } from '../pledges';
import { findZoneAt, zoneNames } from '../zones';
import { CHECK_IN_CODE_LENGTH, type EventInput, type EventSettings, type PublicEvent } from './contract';
import { pushAboutEvent, pushPromotedMembers } from './notify';
import { presentEvent, presentEvents } from './present';
import { countsOf, fillPlaces } from './queue';
import { findEvent, insertEvent, listEvents, lockEventForRsvp, memberIdsWith, updateEvent } from './repository';
import type { EventTable } from './schema';

const LIST_LIMIT = 200;

/** Digits only: easy to read out at the door and to type on any phone keyboard. */
const newCheckInCode = () => String(randomInt(0, 10 ** CHECK_IN_CODE_LENGTH)).padStart(CHECK_IN_CODE_LENGTH, '0');

const remindAtOf = (startsAt: number, reminderHours: number) => (reminderHours > 0 ? startsAt - reminderHours * HOUR : null);

/** The campaign, organisation and zone an event names must exist; a zone is found from the point if not given. */
async function resolveReferences(ctx: AppContext, input: EventInput): Promise<{ zoneId: string | null }> {
  if (input.campaignId && !(await findCampaign(ctx.db, input.campaignId)))
    throw badRequest('unknown_campaign', 'There is no such campaign.', 'campaignId');
  if (input.orgId && !(await listOrgs(ctx, true)).some((o) => o.id === input.orgId))
    throw badRequest('unknown_org', 'There is no such organisation.', 'orgId');
  if (input.zoneId) {
    if (!(await zoneNames(ctx, [input.zoneId])).has(input.zoneId)) throw badRequest('unknown_zone', 'There is no such zone.', 'zoneId');
    return { zoneId: input.zoneId };
  }
  return { zoneId: input.point ? ((await findZoneAt(ctx, input.point.lat, input.point.lng))?.id ?? null) : null };
}

function checkTimes(input: EventInput, now: number, before: EventTable | null) {
  if (input.endsAt <= input.startsAt) throw badRequest('event_ends_before_start', 'The event must end after it starts.', 'endsAt');
  if (input.startsAt < now && input.startsAt !== before?.startsAt)
    throw badRequest('event_in_past', 'The start time has already passed.', 'startsAt');
}

function fieldsOf(input: EventInput, zoneId: string | null) {
  return {
    title: input.title,
    kind: input.kind,
    description: input.description,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    lat: input.point?.lat ?? null,
    lng: input.point?.lng ?? null,
    zoneId,
    capacity: input.capacity,
    campaignId: input.campaignId,
    orgId: input.orgId,
    reminderHours: input.reminderHours,
    remindAt: remindAtOf(input.startsAt, input.reminderHours),
  };
}

export async function createEvent(ctx: AppContext, actor: Principal | null, input: EventInput, opts: { demo?: boolean } = {}) {
  const now = ctx.clock.now();
  checkTimes(input, now, null);
  const { zoneId } = await resolveReferences(ctx, input);
  const row: EventTable = {
    id: ctx.ids.next(),
    ...fieldsOf(input, zoneId),
    state: 'scheduled',
    cancelledAt: null,
    reminderSentAt: null,
    checkInCode: newCheckInCode(),
    rsvpSeq: 0,
    sequence: 0,
    createdAt: now,
    createdBy: actor?.memberId ?? null,
    updatedAt: now,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertEvent(tx, row);
    await audit(ctx, tx, { actor, action: 'event.created', objectType: 'event', objectId: row.id });
  });
  return presentEvent(ctx, row);
}

/** Under the event's lock: RSVPs cannot slip in between the check of places and the change. */
async function lockedEvent(tx: Db, id: string): Promise<EventTable> {
  const row = await lockEventForRsvp(tx, id);
  if (!row) throw notFound('Event');
  if (row.state === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled.');
  return row;
}

export async function editEvent(ctx: AppContext, actor: Principal, id: string, input: EventInput): Promise<PublicEvent> {
  const now = ctx.clock.now();
  const { zoneId } = await resolveReferences(ctx, input);
  const { row, promoted } = await ctx.db.transaction().execute(async (tx) => {
    const before = await lockedEvent(tx, id);
    checkTimes(input, now, before);
    if (input.capacity !== null && input.capacity < (await countsOf(tx, id)).going)
      throw conflict('capacity_below_going', 'More people already have a place than this capacity.', 'capacity');
    const fields = fieldsOf(input, zoneId);
    // A reminder not yet due at the new time is sent again, at that time.
    const reminderSentAt = fields.remindAt !== before.remindAt && (fields.remindAt ?? 0) > now ? null : before.reminderSentAt;
    const after: EventTable = { ...before, ...fields, reminderSentAt, sequence: before.sequence + 1, updatedAt: now };
    await updateEvent(tx, id, { ...fields, reminderSentAt, sequence: after.sequence, updatedAt: now });
    const moved = await fillPlaces(tx, after, now);
    await audit(ctx, tx, { actor, action: 'event.updated', objectType: 'event', objectId: id });
    return { row: after, promoted: moved };
  });
  pushPromotedMembers(ctx, row, promoted);
  return presentEvent(ctx, row);
}

export async function cancelEvent(ctx: AppContext, actor: Principal, id: string): Promise<PublicEvent> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (tx) => {
    const before = await lockedEvent(tx, id);
    const after: EventTable = { ...before, state: 'cancelled', cancelledAt: now, sequence: before.sequence + 1, updatedAt: now };
    await updateEvent(tx, id, { state: after.state, cancelledAt: now, sequence: after.sequence, updatedAt: now });
    await audit(ctx, tx, { actor, action: 'event.cancelled', objectType: 'event', objectId: id });
    return after;
  });
  // Everyone who planned to come opens the app and sees the event marked cancelled.
  void pushAboutEvent(ctx, await memberIdsWith(ctx.db, id, ['going', 'waitlisted']), row);
  return presentEvent(ctx, row);
}

export async function getEvent(ctx: AppContext, id: string): Promise<PublicEvent> {
  const row = await findEvent(ctx.db, id);
  if (!row) throw notFound('Event');
  return presentEvent(ctx, row);
}

export async function getEventSettings(ctx: AppContext, id: string): Promise<EventSettings> {
  const row = await findEvent(ctx.db, id);
  if (!row) throw notFound('Event');
  return {
    id: row.id,
    state: row.state,
    title: row.title,
    kind: row.kind,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place,
    point: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    zoneId: row.zoneId,
    capacity: row.capacity,
    campaignId: row.campaignId,
    orgId: row.orgId,
    reminderHours: row.reminderHours,
  };
}

export async function listPublicEvents(
  ctx: AppContext,
  filter: { when: 'upcoming' | 'past'; org?: string; campaign?: string },
): Promise<PublicEvent[]> {
  const rows = await listEvents(ctx.db, {
    now: ctx.clock.now(),
    past: filter.when === 'past',
    orgId: filter.org,
    campaignId: filter.campaign,
    limit: LIST_LIMIT,
  });
  return presentEvents(ctx, rows);
}
