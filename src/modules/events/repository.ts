import { changedAny } from '../../core/db/portable';
import type { Db } from '../../database';
import type { RsvpStatus } from './contract';
import type { EventRsvpTable, EventTable } from './schema';

/** Queries of the events module; every function takes the database (or a transaction) first. */

// Events

export const insertEvent = (db: Db, row: EventTable) => db.insertInto('event').values(row).execute();

export const findEvent = (db: Db, id: string) => db.selectFrom('event').selectAll().where('id', '=', id).executeTakeFirst();

export const updateEvent = (db: Db, id: string, set: Partial<EventTable>) =>
  db.updateTable('event').set(set).where('id', '=', id).execute();

/**
 * Takes the event's row lock for the rest of the transaction and the next place in its queue. Every
 * RSVP change starts here, so two RSVPs to one event never count places at the same time (PostgreSQL
 * waits on the lock; SQLite has one writer anyway).
 */
export const lockEventForRsvp = (db: Db, id: string) =>
  db
    .updateTable('event')
    .set((eb) => ({ rsvpSeq: eb('rsvpSeq', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export interface EventFilter {
  /** Events still to end at or after this instant; or, with `past`, ended before it. */
  now: number;
  past?: boolean;
  orgId?: string;
  campaignId?: string;
  /** Also events that ended up to this long before `now` (feeds keep the recent past). */
  sinceMs?: number;
  limit: number;
}

export function listEvents(db: Db, f: EventFilter) {
  let q = db.selectFrom('event').selectAll();
  if (f.past) q = q.where('endsAt', '<', f.now).orderBy('startsAt', 'desc');
  else q = q.where('endsAt', '>=', f.now - (f.sinceMs ?? 0)).orderBy('startsAt', 'asc');
  if (f.orgId) q = q.where('orgId', '=', f.orgId);
  if (f.campaignId) q = q.where('campaignId', '=', f.campaignId);
  return q.orderBy('id').limit(f.limit).execute();
}

// Reminders

export const listDueReminders = (db: Db, now: number) =>
  db
    .selectFrom('event')
    .select(['id', 'startsAt'])
    .where('reminderSentAt', 'is', null)
    .where('remindAt', '<=', now)
    .where('startsAt', '>', now)
    .where('state', '=', 'scheduled')
    .execute();

/** Only one node sends an event's reminder: the one whose update finds it unsent. */
export const claimReminder = async (db: Db, id: string, now: number) =>
  changedAny(
    await db.updateTable('event').set({ reminderSentAt: now }).where('id', '=', id).where('reminderSentAt', 'is', null).executeTakeFirst(),
  );

// RSVPs

export const insertRsvp = (db: Db, row: EventRsvpTable) => db.insertInto('eventRsvp').values(row).execute();

export const updateRsvp = (db: Db, id: string, set: Partial<EventRsvpTable>) =>
  db.updateTable('eventRsvp').set(set).where('id', '=', id).execute();

export const findRsvp = (db: Db, eventId: string, id: string) =>
  db.selectFrom('eventRsvp').selectAll().where('eventId', '=', eventId).where('id', '=', id).executeTakeFirst();

export const findRsvpOf = (db: Db, eventId: string, who: { memberId: string } | { tokenHash: string }) => {
  const q = db.selectFrom('eventRsvp').selectAll().where('eventId', '=', eventId);
  return ('memberId' in who ? q.where('memberId', '=', who.memberId) : q.where('tokenHash', '=', who.tokenHash)).executeTakeFirst();
};

export type StatusCounts = Record<RsvpStatus, number> & { checkedIn: number };
export const noCounts = (): StatusCounts => ({ going: 0, waitlisted: 0, cancelled: 0, walk_in: 0, checkedIn: 0 });

/** RSVPs by status (and how many checked in) for each of these events. */
export async function countRsvps(db: Db, eventIds: readonly string[]): Promise<Map<string, StatusCounts>> {
  const counts = new Map(eventIds.map((id) => [id, noCounts()]));
  if (!eventIds.length) return counts;
  const rows = await db
    .selectFrom('eventRsvp')
    .select((eb) => ['eventId', 'status', eb.fn.countAll<number>().as('n'), eb.fn.count<number>('checkedInAt').as('checkedIn')])
    .where('eventId', 'in', [...new Set(eventIds)])
    .groupBy(['eventId', 'status'])
    .execute();
  for (const r of rows) {
    const c = counts.get(r.eventId) ?? noCounts();
    c[r.status] = Number(r.n);
    c.checkedIn += Number(r.checkedIn);
    counts.set(r.eventId, c);
  }
  return counts;
}

/** The first `n` people waiting, in queue order. */
export const firstWaiting = (db: Db, eventId: string, n: number) =>
  db
    .selectFrom('eventRsvp')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('position')
    .limit(n)
    .execute();

/** How many are ahead of this position in the waitlist. */
export async function waitingBefore(db: Db, eventId: string, position: number): Promise<number> {
  const row = await db
    .selectFrom('eventRsvp')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('eventId', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where('position', '<', position)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listActiveRsvps = (db: Db, eventId: string) =>
  db.selectFrom('eventRsvp').selectAll().where('eventId', '=', eventId).where('status', '!=', 'cancelled').orderBy('position').execute();

export async function memberIdsWith(db: Db, eventId: string, statuses: readonly RsvpStatus[]): Promise<string[]> {
  const rows = await db
    .selectFrom('eventRsvp')
    .select('memberId')
    .where('eventId', '=', eventId)
    .where('status', 'in', [...statuses])
    .where('memberId', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.memberId ? [r.memberId] : []));
}

/** Checks in (an instant) or undoes a check-in (null); false when it already was so. */
export const setCheckedIn = async (db: Db, id: string, checkedInAt: number | null, now: number) =>
  changedAny(
    await db
      .updateTable('eventRsvp')
      .set({ checkedInAt, updatedAt: now })
      .where('id', '=', id)
      .where('checkedInAt', checkedInAt === null ? 'is not' : 'is', null)
      .executeTakeFirst(),
  );

// Retention

/**
 * The day after an event, its RSVPs lose everything personal — name, contact, member link and manage
 * token — and keep only their status, so the event's counts stay true.
 */
export async function forgetRsvpsOfEventsEndedBefore(db: Db, cutoff: number): Promise<number> {
  const result = await db
    .updateTable('eventRsvp')
    .set({ name: '', contact: null, memberId: null, tokenHash: null })
    .where('eventId', 'in', (eb) => eb.selectFrom('event').select('id').where('endsAt', '<', cutoff))
    .where((eb) =>
      eb.or([eb('name', '!=', ''), eb('contact', 'is not', null), eb('memberId', 'is not', null), eb('tokenHash', 'is not', null)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
