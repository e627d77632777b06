import type { Db } from '../../database';
import type { EventKind, EventState } from './limits';

/** What another module may know of an event: enough to plan around it, nothing about who RSVPed. */
export interface EventBrief {
  id: string;
  title: string;
  kind: EventKind;
  startsAt: number;
  endsAt: number;
  place: string;
  zoneId: string | null;
  state: EventState;
}

const briefColumns = ['id', 'title', 'kind', 'startsAt', 'endsAt', 'place', 'zoneId', 'state'] as const;

export const findEventBrief = (db: Db, id: string): Promise<EventBrief | undefined> =>
  db.selectFrom('event').select(briefColumns).where('id', '=', id).executeTakeFirst();

/** Events that have not ended by `now`, soonest first, optionally of some kinds only (e.g. marches). */
export function listUpcomingEventBriefs(db: Db, now: number, kinds?: readonly EventKind[]): Promise<EventBrief[]> {
  let q = db.selectFrom('event').select(briefColumns).where('endsAt', '>', now).where('state', '!=', 'cancelled');
  if (kinds?.length) q = q.where('kind', 'in', kinds);
  return q.orderBy('startsAt').orderBy('id').limit(200).execute();
}
