import type { EventKind, EventState, RsvpStatus } from './contract';

/** A march, rally, vigil, training or assembly; its meeting point is a public place. */
export interface EventTable {
  id: string;
  title: string;
  kind: EventKind;
  description: string;
  startsAt: number;
  endsAt: number;
  /** The public meeting point, as people would say it ("the steps of City Hall"). */
  place: string;
  /** An exact point for the meeting place, when the organiser gives one (public places only). */
  lat: number | null;
  lng: number | null;
  zoneId: string | null;
  /** Places for people who RSVP; null when anyone may come. */
  capacity: number | null;
  campaignId: string | null;
  orgId: string | null;
  state: EventState;
  cancelledAt: number | null;
  /** Hours before the start when members who RSVPed are reminded; 0 for no reminder. */
  reminderHours: number;
  /** startsAt less reminderHours, or null when there is no reminder. */
  remindAt: number | null;
  /** Set once, by whichever node sends the reminder first. */
  reminderSentAt: number | null;
  /** The short code a walk-in attendee types on their own phone at the event. */
  checkInCode: string;
  /**
   * Bumped by every RSVP change under the event's row lock: it serialises RSVPs to one event (so
   * capacity holds under concurrency on PostgreSQL as on SQLite) and numbers the queue.
   */
  rsvpSeq: number;
  /** iCalendar SEQUENCE: bumped on every published change so calendars replace their copy. */
  sequence: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  demo: number;
}

/**
 * One person's RSVP. A member's carries their member id; a visitor's carries the hash of the manage
 * token kept on their phone. Name (a pseudonym is fine) and contact are never public and are
 * removed the day after the event (retention `event_rsvp`).
 */
export interface EventRsvpTable {
  id: string;
  eventId: string;
  memberId: string | null;
  name: string;
  contact: string | null;
  tokenHash: string | null;
  status: RsvpStatus;
  /** Place in the event's queue (rsvpSeq when the RSVP was made or renewed): the waitlist's order. */
  position: number;
  createdAt: number;
  updatedAt: number;
  checkedInAt: number | null;
}

export interface EventsTables {
  event: EventTable;
  eventRsvp: EventRsvpTable;
}
