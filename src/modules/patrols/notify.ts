import type { AppContext } from '../../context';
import { notifyMembers } from '../push';

/**
 * A content-free push that opens the member's shifts page: a reminder, a cancelled shift, a place
 * someone took in a swap. It names the shift by id only.
 */
export function pushAboutShift(ctx: AppContext, memberIds: readonly string[], shift: { id: string; startsAt: number }) {
  // Worthless once the shift has started.
  return notifyMembers(ctx, memberIds, { kind: 'shift', id: shift.id }, { until: shift.startsAt }).catch((err: unknown) =>
    ctx.log.error('shift push failed', { id: shift.id, err: String(err) }),
  );
}
