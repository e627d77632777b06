import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { forgetRsvpsOfEventsEndedBefore } from './repository';

/** config.retentionDays.event_rsvp days after an event ends, its RSVPs keep their status and nothing personal. */
export const eventsRetention: RetentionRule<Db>[] = [{ kind: 'event_rsvp', purge: forgetRsvpsOfEventsEndedBefore }];
