import type { Db } from '../../database';
import { countRsvps, firstWaiting, noCounts, type StatusCounts, updateRsvp } from './repository';
import type { EventRsvpTable, EventTable } from './schema';

/** A new RSVP gets a place only while places are free and nobody is already waiting for one. */
export const statusForNewRsvp = (capacity: number | null, counts: StatusCounts): 'going' | 'waitlisted' =>
  capacity === null || (counts.going < capacity && counts.waitlisted === 0) ? 'going' : 'waitlisted';

export const countsOf = async (db: Db, eventId: string) => (await countRsvps(db, [eventId])).get(eventId) ?? noCounts();

/**
 * Moves people from the waitlist into the places now free, first come first served. Run inside the
 * transaction that holds the event's row lock (after a cancellation or a larger capacity).
 */
export async function fillPlaces(tx: Db, event: Pick<EventTable, 'id' | 'capacity'>, now: number): Promise<EventRsvpTable[]> {
  const counts = await countsOf(tx, event.id);
  const free = event.capacity === null ? counts.waitlisted : Math.min(event.capacity - counts.going, counts.waitlisted);
  if (free <= 0) return [];
  const promoted = await firstWaiting(tx, event.id, free);
  for (const rsvp of promoted) await updateRsvp(tx, rsvp.id, { status: 'going', updatedAt: now });
  return promoted;
}
