import type { AppContext } from '../../context';
import { HOUR } from '../../core/clock';
import { notifyMembers } from '../push';
import { REMINDER_HOURS } from './limits';
import { claimReminder, goingMemberIds, listDueReminders } from './sessions-repository';

/**
 * A content-free push (kind `training`) that opens the session's page: a reminder, or a cancellation.
 * Worthless once the session has started.
 */
export function pushAboutSession(ctx: AppContext, memberIds: readonly string[], session: { id: string; startsAt: number }) {
  return notifyMembers(ctx, memberIds, { kind: 'training', id: session.id }, { until: session.startsAt }).catch((err: unknown) =>
    ctx.log.error('training push failed', { id: session.id, err: String(err) }),
  );
}

/**
 * Reminds the members going to each session, once, REMINDER_HOURS before it starts, as of
 * ctx.clock.now(). Every node runs it; the conditional update of `reminder_sent_at` lets one send.
 */
export async function sendSessionReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let sent = 0;
  for (const due of await listDueReminders(ctx.db, now, REMINDER_HOURS * HOUR)) {
    if (!(await claimReminder(ctx.db, due.id, now))) continue;
    void pushAboutSession(ctx, await goingMemberIds(ctx.db, due.id), due);
    sent += 1;
  }
  return sent;
}
