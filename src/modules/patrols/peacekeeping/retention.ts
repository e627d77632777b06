import type { RetentionRule } from '../../../core/retention';
import type { Db } from '../../../database';
import { findEventBrief } from '../../events';
import { eraseAssignmentPhones } from './assignments-repository';
import { deletePlans, erasePlanContactLines, listPlanEvents } from './repository';

/** Plans whose event ended before `cutoff` (or whose event is gone). Plans are few: one per marshalled event. */
async function plansEndedBefore(db: Db, cutoff: number): Promise<string[]> {
  const ended: string[] = [];
  for (const plan of await listPlanEvents(db)) {
    const event = await findEventBrief(db, plan.eventId);
    if (!event || event.endsAt < cutoff) ended.push(plan.id);
  }
  return ended;
}

/**
 * `marshal_contact`: N days after the event ends, the numbers marshals gave for the contact sheet and
 * the organisers' contact lines are erased (the posts and who stood where stay, for the debrief).
 * `marshal_plan`: N days after the event ends, the whole plan goes — posts, assignments, check-ins.
 */
export const peacekeepingRetention: RetentionRule<Db>[] = [
  {
    kind: 'marshal_contact',
    purge: async (db, cutoff) => {
      const ids = await plansEndedBefore(db, cutoff);
      return (await eraseAssignmentPhones(db, ids)) + (await erasePlanContactLines(db, ids));
    },
  },
  { kind: 'marshal_plan', purge: async (db, cutoff) => deletePlans(db, await plansEndedBefore(db, cutoff)) },
];
