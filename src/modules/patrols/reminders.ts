import type { AppContext } from '../../context';
import { pushAboutShift } from './notify';
import { claimReminder, listDueReminders } from './repository';
import { bookedMemberIds } from './signups-repository';

/**
 * Reminds the members holding a place, once, REMINDER_HOURS before each shift, as of ctx.clock.now().
 * Every node runs it; the conditional update of `reminder_sent_at` lets exactly one of them send.
 */
export async function sendShiftReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let sent = 0;
  for (const due of await listDueReminders(ctx.db, now)) {
    if (!(await claimReminder(ctx.db, due.id, now))) continue;
    void pushAboutShift(ctx, await bookedMemberIds(ctx.db, due.id), due);
    sent += 1;
  }
  return sent;
}
