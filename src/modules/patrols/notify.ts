import type { AppContext } from '../../context';
import { MINUTE } from '../../core/clock';
import { notifyMembers, type PushMessage } from '../push';

/**
 * A content-free push that opens the member's shifts page: a reminder, a cancelled shift, a place
 * someone took in a swap. It names the shift by id only.
 */
export function pushAboutShift(ctx: AppContext, memberIds: readonly string[], shift: { id: string; startsAt: number }) {
  if (!memberIds.length) return Promise.resolve();
  const message: PushMessage = { kind: 'shift', id: shift.id };
  // Worthless once the shift has started; at least a minute, so a push right before it still goes.
  const ttlSeconds = Math.max(MINUTE, shift.startsAt - ctx.clock.now()) / 1000;
  return notifyMembers(ctx, memberIds, message, { ttlSeconds }).catch((err: unknown) =>
    ctx.log.error('shift push failed', { id: shift.id, err: String(err) }),
  );
}
