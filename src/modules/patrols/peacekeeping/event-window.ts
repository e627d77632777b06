import { conflict, notFound } from '../../../core/errors';
import type { Db } from '../../../database';
import { type EventBrief, findEventBrief } from '../../events';
import type { MarshalEvent } from './contract';
import { CHECK_IN_CLOSES_AFTER, CHECK_IN_OPENS_BEFORE } from './limits';

/** The event a plan is for, as the events module describes it; 404 when it is gone. */
export async function eventOf(db: Db, eventId: string): Promise<EventBrief> {
  const event = await findEventBrief(db, eventId);
  if (!event) throw notFound('Event');
  return event;
}

export const presentMarshalEvent = (e: EventBrief): MarshalEvent => ({
  id: e.id,
  title: e.title,
  kind: e.kind,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  place: e.place,
  cancelled: e.state === 'cancelled',
});

/** A plan is changed only before its event ends, and not once it is cancelled: afterwards it is a record. */
export const isEditable = (event: EventBrief, now: number) => event.state !== 'cancelled' && now < event.endsAt;

export function assertEditable(event: EventBrief, now: number) {
  if (event.state === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled.');
  if (now >= event.endsAt) throw conflict('event_over', 'This event is over.');
}

/** When marshals may check in and out at their post: from before the start until after the end. */
export function checkInWindow(event: EventBrief, now: number) {
  const opensAt = event.startsAt - CHECK_IN_OPENS_BEFORE;
  const closesAt = event.endsAt + CHECK_IN_CLOSES_AFTER;
  return { opensAt, closesAt, open: event.state !== 'cancelled' && now >= opensAt && now <= closesAt };
}

export function assertCheckInOpen(event: EventBrief, now: number) {
  if (event.state === 'cancelled') throw conflict('event_cancelled', 'This event was cancelled.');
  if (!checkInWindow(event, now).open)
    throw conflict('marshal_check_in_closed', 'Marshals check in from 2 hours before the event until 2 hours after it ends.');
}
