import type { AppContext } from '../../context';
import { pushAboutEvent } from './notify';
import { claimReminder, listDueReminders, memberIdsWith } from './repository';

/**
 * Reminds members who have a place, once, `reminderHours` before each event, as of ctx.clock.now().
 * Every node runs it; the conditional update of `reminder_sent_at` lets exactly one of them send.
 * Visitors are not pushed to: they have no device subscription, only a manage token.
 */
export async function sendDueReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let sent = 0;
  for (const due of await listDueReminders(ctx.db, now)) {
    if (!(await claimReminder(ctx.db, due.id, now))) continue;
    void pushAboutEvent(ctx, await memberIdsWith(ctx.db, due.id, ['going']), due);
    sent += 1;
  }
  return sent;
}
